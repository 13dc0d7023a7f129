import { Alert, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DueItemDto } from '../../../../contracts/worklist';
import { RouterAnchor } from '../../../components/ui/router-links';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { formatDate } from '../../../lib/format';
import { useJourneyLabels } from '../../../lib/journey-labels';
import { StateBadge } from './state-badge';

const GROUPS = ['overdue', 'dueToday', 'thisWeek', 'later'] as const;

/** Due items grouped by urgency: overdue, today, this week, and early warnings. */
export function DueList({ items, showWorkers = false }: { items: DueItemDto[]; showWorkers?: boolean }) {
  const { t } = useTranslation();
  const labels = useJourneyLabels();
  if (items.length === 0) return <Alert color="green">{t('myWeek.nothing')}</Alert>;
  return (
    <Stack gap="md">
      {GROUPS.map((state) => {
        const group = items.filter((i) => i.state === state);
        if (group.length === 0) return null;
        return (
          <Paper
            key={state}
            withBorder
            radius="md"
            p="xs"
            component="section"
            aria-labelledby={`due-${state}`}
          >
            <Group gap="xs" px="xs" pt="xs">
              <Title order={2} size="h5" id={`due-${state}`}>
                {t(`myWeek.group.${state}`)}
              </Title>
              <Text size="sm" c="dimmed">
                ({group.length})
              </Text>
            </Group>
            <ScrollTable minWidth={640}>
              {/* Fixed columns, so that the groups line up one under the other. */}
              <Table layout="fixed">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={140}>{t('myWeek.dueOn')}</Table.Th>
                    <Table.Th w="24%">{t('myWeek.family')}</Table.Th>
                    <Table.Th>{t('myWeek.what')}</Table.Th>
                    {showWorkers ? <Table.Th w="24%">{t('myWeek.workers')}</Table.Th> : null}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {group.map((item) => (
                    <Table.Tr
                      key={`${item.familyId}-${item.kind}-${item.trajectoryId}-${item.subject}-${item.dueOn}`}
                    >
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <Stack gap={2} align="flex-start">
                          <Text size="sm">{formatDate(item.dueOn)}</Text>
                          <StateBadge state={item.state} label={labels.dueState(item.state)} />
                        </Stack>
                      </Table.Td>
                      <Table.Td>
                        <RouterAnchor to="/families/$id" params={{ id: item.familyId }} fw={600} size="sm">
                          {item.familyLabel ?? t('family.anonymous')}
                        </RouterAnchor>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{labels.dueKind(item.kind)}</Text>
                        {item.subject || item.trajectoryKind ? (
                          <Text size="xs" c="dimmed">
                            {[
                              item.trajectoryKind ? labels.trajectoryKind(item.trajectoryKind) : null,
                              item.subject,
                            ]
                              .filter(Boolean)
                              .join(' · ')}
                          </Text>
                        ) : null}
                      </Table.Td>
                      {showWorkers ? <Table.Td>{item.workers.join(', ') || '—'}</Table.Td> : null}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          </Paper>
        );
      })}
    </Stack>
  );
}
