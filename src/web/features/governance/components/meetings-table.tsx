import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MeetingSummaryDto } from '../../../../contracts/governance/meetings';
import { RouterAnchor } from '../../../components/ui/router-links';
import { formatDate } from '../../../lib/format';
import { PhaseBadge } from './badges';

type MeetingsTableProps = { meetings: MeetingSummaryDto[]; caption: string; showBody?: boolean };

export function MeetingsTable({ meetings, caption, showBody = true }: MeetingsTableProps) {
  const { t } = useTranslation();
  if (meetings.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('governance.meeting.none')}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="xs" fz="sm" highlightOnHover aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('governance.meeting.date')}</Table.Th>
            {showBody ? <Table.Th>{t('governance.meeting.body')}</Table.Th> : null}
            <Table.Th>{t('governance.meeting.place')}</Table.Th>
            <Table.Th>{t('governance.meeting.agendaCount')}</Table.Th>
            <Table.Th>{t('governance.meeting.phase')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {meetings.map((m) => (
            <Table.Tr key={m.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <RouterAnchor to="/governance/meetings/$id" params={{ id: m.id }} fw={600} size="sm">
                  {formatDate(m.date)}
                  {m.startTime ? ` ${m.startTime}` : ''}
                </RouterAnchor>
              </Table.Td>
              {showBody ? <Table.Td>{m.body.name}</Table.Td> : null}
              <Table.Td>{m.location ?? (m.onlineLink ? t('governance.meeting.online') : '—')}</Table.Td>
              <Table.Td>{m.agendaCount}</Table.Td>
              <Table.Td>
                <PhaseBadge phase={m.phase} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
