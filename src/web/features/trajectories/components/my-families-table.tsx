import { Alert, Badge, Group, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MyFamilyDto } from '../../../../contracts/worklist';
import { RouterAnchor } from '../../../components/ui/router-links';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { formatDate } from '../../../lib/format';
import { useJourneyLabels } from '../../../lib/journey-labels';

/** "My families": each with its open trajectories, whether it has a plan, last contact, what is due. */
export function MyFamiliesTable({ families }: { families: MyFamilyDto[] }) {
  const { t } = useTranslation();
  const labels = useJourneyLabels();
  if (families.length === 0) return <Alert color="blue">{t('families.none')}</Alert>;
  return (
    <Paper withBorder radius="md" p="xs">
      <ScrollTable minWidth={760}>
        <Table>
          <Table.Caption>{t('families.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('families.family')}</Table.Th>
              <Table.Th>{t('families.trajectories')}</Table.Th>
              <Table.Th>{t('families.plan')}</Table.Th>
              <Table.Th>{t('families.lastContact')}</Table.Th>
              <Table.Th>{t('families.due')}</Table.Th>
              <Table.Th>{t('families.workers')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {families.map((f) => (
              <Table.Tr key={f.id}>
                <Table.Td>
                  <RouterAnchor to="/families/$id" params={{ id: f.id }} fw={600} size="sm">
                    {f.label ?? t('family.anonymous')}
                  </RouterAnchor>
                  <Text size="xs" c="dimmed">
                    {f.municipality} · {t('family.children', { count: f.childrenCount })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {f.openTrajectories.length === 0 ? (
                      <Text size="sm" c="dimmed">
                        —
                      </Text>
                    ) : (
                      f.openTrajectories.map((tr) => (
                        <Badge key={tr.id} variant="light" radius="sm">
                          {labels.trajectoryKind(tr.kind)}
                        </Badge>
                      ))
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  {f.hasPlan ? (
                    t('common.yes')
                  ) : (
                    <Text span size="sm" c="orange.9">
                      {t('families.noPlan')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{f.lastContactOn ? formatDate(f.lastContactOn) : '—'}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {f.overdue > 0 ? (
                      <Badge color="red.9" variant="filled" radius="sm">
                        {t('families.overdue', { count: f.overdue })}
                      </Badge>
                    ) : null}
                    {f.dueThisWeek > 0 ? (
                      <Badge color="yellow" variant="light" radius="sm">
                        {t('families.thisWeek', { count: f.dueThisWeek })}
                      </Badge>
                    ) : null}
                    {f.overdue + f.dueThisWeek === 0 ? (
                      <Text size="sm" c="dimmed">
                        —
                      </Text>
                    ) : null}
                  </Group>
                </Table.Td>
                <Table.Td>{f.workers.map((w) => w.displayName).join(', ') || '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Paper>
  );
}
