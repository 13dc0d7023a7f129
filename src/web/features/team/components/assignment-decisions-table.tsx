import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/query-state';
import { SectionCard } from '../../../components/ui/section-card';
import { formatDate } from '../../../lib/format';
import { useAssignmentDecisions } from '../hooks/use-assignment';

/** R10 in hindsight: which families went to the suggested worker, and why the others did not. */
export function AssignmentDecisionsTable() {
  const { t } = useTranslation();
  const decisions = useAssignmentDecisions(true);
  return (
    <SectionCard title={t('team.decisions.title')}>
      <QueryState query={decisions}>
        {(data) => (
          <>
            <Text size="sm" mb="xs">
              {t('team.decisions.summary', {
                from: formatDate(data.from),
                to: formatDate(data.to),
                total: data.total,
                overrides: data.overrides,
              })}
            </Text>
            {data.decisions.length > 0 ? (
              <Table.ScrollContainer minWidth={720}>
                <Table fz="sm" verticalSpacing="xs" striped>
                  <Table.Caption>{t('team.decisions.caption')}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('team.decisions.date')}</Table.Th>
                      <Table.Th>{t('team.decisions.worker')}</Table.Th>
                      <Table.Th>{t('team.decisions.suggested')}</Table.Th>
                      <Table.Th>{t('team.decisions.reason')}</Table.Th>
                      <Table.Th>{t('team.decisions.by')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.decisions.map((d) => (
                      <Table.Tr key={d.id}>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(d.decidedOn)}</Table.Td>
                        <Table.Th scope="row" fw={600}>
                          {d.workerName}
                        </Table.Th>
                        <Table.Td>{d.suggestedWorkerName ?? t('team.assignment.nobody')}</Table.Td>
                        <Table.Td>
                          {d.isOverride ? (
                            <>
                              <Badge color="orange" variant="light" radius="sm" size="sm" mr={6}>
                                {t('team.decisions.override')}
                              </Badge>
                              {d.overrideReason}
                            </>
                          ) : (
                            <Text size="sm" c="dimmed">
                              {t('team.decisions.followed')}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>{d.decidedByName}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            ) : null}
          </>
        )}
      </QueryState>
    </SectionCard>
  );
}
