import { Alert, Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CoachMatchDto, CoachMatchesResponse } from '../../../../contracts/coaching';
import { RouterAnchor } from '../../../components/ui/router-links';
import { formatDate } from '../../../lib/format';

type Props = { list: CoachMatchesResponse; onEnd: (match: CoachMatchDto) => void };

/** R23: the families with a coach; R8: who of the team matched them (volunteers' professional link). */
export function RunningMatchesTable({ list, onEnd }: Props) {
  const { t } = useTranslation();
  if (list.matches.length === 0) return <Alert color="blue">{t('coaching.matches.none')}</Alert>;
  return (
    <Table.ScrollContainer minWidth={680}>
      <Table verticalSpacing="xs" fz="sm">
        <Table.Caption>{t('coaching.matches.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('coaching.matches.family')}</Table.Th>
            <Table.Th>{t('coaching.matches.coach')}</Table.Th>
            <Table.Th>{t('coaching.matches.matchedOn')}</Table.Th>
            <Table.Th>{t('coaching.matches.matchedBy')}</Table.Th>
            <Table.Th>{t('coaching.matches.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.matches.map((m) => {
            const label = m.familyLabel ?? t('family.anonymous');
            return (
              <Table.Tr key={m.id}>
                <Table.Th scope="row">
                  <RouterAnchor to="/families/$id" params={{ id: m.familyId }} fw={600} size="sm">
                    {label}
                  </RouterAnchor>
                </Table.Th>
                <Table.Td>
                  <Text size="sm">{m.coach.displayName}</Text>
                  {m.choiceReason ? (
                    <Text size="xs" c="dimmed">
                      {t('coaching.matches.override', { reason: m.choiceReason })}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>{formatDate(m.matchedOn)}</Table.Td>
                <Table.Td>{m.matchedByName}</Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => onEnd(m)}
                    aria-label={t('coaching.matches.endFor', { family: label })}
                  >
                    {t('coaching.matches.end')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
