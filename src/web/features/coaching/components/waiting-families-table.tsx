import { Alert, Badge, Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CoachWaitingListResponse, WaitingForCoachDto } from '../../../../contracts/coaching';
import { RouterAnchor } from '../../../components/ui/router-links';
import { formatDate } from '../../../lib/format';

type Props = { list: CoachWaitingListResponse; onMatch: (entry: WaitingForCoachDto) => void };

/** R23 with R18: who waits for a family coach, since when, where, and the coach suggested. */
export function WaitingFamiliesTable({ list, onMatch }: Props) {
  const { t } = useTranslation();
  if (list.entries.length === 0) return <Alert color="green">{t('coaching.waiting.none')}</Alert>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="xs" fz="sm">
        <Table.Caption>{t('coaching.waiting.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('coaching.waiting.family')}</Table.Th>
            <Table.Th>{t('coaching.waiting.since')}</Table.Th>
            <Table.Th ta="right">{t('coaching.waiting.days')}</Table.Th>
            <Table.Th>{t('coaching.waiting.region')}</Table.Th>
            <Table.Th>{t('coaching.waiting.suggested')}</Table.Th>
            <Table.Th>{t('coaching.waiting.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.entries.map((e) => {
            const label = e.familyLabel ?? t('family.anonymous');
            return (
              <Table.Tr key={e.familyId}>
                <Table.Th scope="row">
                  <RouterAnchor to="/families/$id" params={{ id: e.familyId }} fw={600} size="sm">
                    {label}
                  </RouterAnchor>
                  <Text size="xs" c="dimmed">
                    {e.reference}
                  </Text>
                  {e.isReturning ? (
                    <Badge color="orange" variant="light" radius="sm" size="sm">
                      {t('coaching.waiting.returning')}
                    </Badge>
                  ) : null}
                </Table.Th>
                <Table.Td>{formatDate(e.since)}</Table.Td>
                <Table.Td ta="right">{e.waitingDays}</Table.Td>
                <Table.Td>
                  <Text size="sm">{e.zone?.name ?? t('coaching.noRegion')}</Text>
                  {e.municipality ? (
                    <Text size="xs" c="dimmed">
                      {e.municipality}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  {e.suggestedCoach ? (
                    <Text size="sm">{e.suggestedCoach.displayName}</Text>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('coaching.waiting.noSuggestion')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => onMatch(e)}
                    aria-label={t('coaching.waiting.matchFor', { family: label })}
                  >
                    {t('coaching.waiting.match')}
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
