import { Alert, Badge, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WaitingListResponse } from '../../../../contracts/worklist';
import { RouterAnchor } from '../../../components/ui/router-links';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { formatDate, formatNumber } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';

const days = (value: number | null) => (value === null ? '—' : formatNumber(value, currentLocale(), 0));

/** R18: every waiting family, its queue and place in it, and whether it gets bridging help. */
export function WaitingEntriesTable({ list }: { list: WaitingListResponse }) {
  const { t } = useTranslation();
  if (list.entries.length === 0) return <Alert color="green">{t('waitingList.none')}</Alert>;
  return (
    <Paper withBorder radius="md" p="xs">
      <ScrollTable minWidth={800}>
        <Table>
          <Table.Caption>{t('waitingList.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('waitingList.family')}</Table.Th>
              <Table.Th>{t('waitingList.waitsFor')}</Table.Th>
              <Table.Th>{t('waitingList.since')}</Table.Th>
              <Table.Th>{t('waitingList.days')}</Table.Th>
              <Table.Th>{t('waitingList.position')}</Table.Th>
              <Table.Th>{t('waitingList.bridging')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.entries.map((e) => (
              <Table.Tr key={`${e.kind}-${e.familyId}-${e.queue}-${e.referralId}`}>
                <Table.Td>
                  <RouterAnchor to="/families/$id" params={{ id: e.familyId }} fw={600} size="sm">
                    {e.familyLabel ?? t('family.anonymous')}
                  </RouterAnchor>
                  {e.reference ? (
                    <Text size="xs" c="dimmed">
                      {e.reference}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{e.waitsFor}</Text>
                  <Text size="xs" c="dimmed">
                    {e.kind === 'team'
                      ? t('waitingList.team')
                      : t('waitingList.followUp', { organisation: e.waitingListOf })}
                  </Text>
                </Table.Td>
                <Table.Td>{formatDate(e.since)}</Table.Td>
                <Table.Td>{days(e.waitingDays)}</Table.Td>
                <Table.Td>{t('waitingList.positionIn', { position: e.position, queue: e.queue })}</Table.Td>
                <Table.Td>
                  {e.hasBridging ? (
                    <Badge color="green" variant="light" radius="sm">
                      {t('common.yes')}
                    </Badge>
                  ) : (
                    <Badge color="orange" variant="light" radius="sm">
                      {t('common.no')}
                    </Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Paper>
  );
}

/** Waiting-time figures per funding line and per service: median, 90th percentile, longest. */
export function WaitingFiguresTable({ list }: { list: WaitingListResponse }) {
  const { t } = useTranslation();
  if (list.figures.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="xs">
      <ScrollTable minWidth={820}>
        <Table>
          <Table.Caption>{t('waitingList.figuresCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('waitingList.queue')}</Table.Th>
              <Table.Th>{t('waitingList.waiting')}</Table.Th>
              <Table.Th>{t('waitingList.median')}</Table.Th>
              <Table.Th>{t('waitingList.p90')}</Table.Th>
              <Table.Th>{t('waitingList.longest')}</Table.Th>
              <Table.Th>{t('waitingList.leftInWindow')}</Table.Th>
              <Table.Th>{t('waitingList.expected')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.figures.map((f) => (
              <Table.Tr key={`${f.kind}-${f.queue}`}>
                <Table.Td>
                  <Text size="sm">{f.queue}</Text>
                  <Text size="xs" c="dimmed">
                    {f.kind === 'team' ? t('waitingList.perLine') : t('waitingList.perService')}
                  </Text>
                </Table.Td>
                <Table.Td>{f.waiting}</Table.Td>
                <Table.Td>{days(f.medianDays)}</Table.Td>
                <Table.Td>{days(f.p90Days)}</Table.Td>
                <Table.Td>{days(f.longestDays)}</Table.Td>
                <Table.Td>{f.leftInWindow}</Table.Td>
                <Table.Td>
                  {f.expectedDays === null ? t('waitingList.noEstimate') : days(f.expectedDays)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Paper>
  );
}
