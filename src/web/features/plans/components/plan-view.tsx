import { Badge, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanContentDto } from '../../../../contracts/plans';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { formatDate } from '../../../lib/format';
import { useJourneyLabels } from '../../../lib/journey-labels';

const STATUS_COLOR: Record<string, string> = {
  open: 'blue',
  reached: 'green',
  partlyReached: 'yellow',
  notReached: 'gray',
  stopped: 'gray',
};

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section>
      <Title order={2} size="h5" mb={6}>
        {title}
      </Title>
      {children}
    </section>
  );
}

/** The plan as the family and the worker read it: the family's own words first. */
export function PlanView({ content }: { content: PlanContentDto }) {
  const { t } = useTranslation();
  const labels = useJourneyLabels();
  const helpPlans = new Map(content.helpPlans.map((h) => [h.id, h]));
  const goalNumber = new Map(content.goals.map((g, i) => [g.id, i + 1]));
  const none = (
    <Text size="sm" c="dimmed">
      {t('plan.none')}
    </Text>
  );
  return (
    <Stack gap="lg">
      <Section title={t('plan.goals')}>
        {content.goals.length === 0 ? none : null}
        <Stack gap="sm">
          {content.goals.map((goal, index) => {
            const evaluations = content.evaluations.filter((e) => e.goalId === goal.id);
            const from = goal.helpPlanId ? helpPlans.get(goal.helpPlanId) : undefined;
            return (
              <Paper key={goal.id} withBorder p="sm" radius="md">
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <div>
                    <Text fw={600}>
                      {index + 1}. {goal.familyWords}
                    </Text>
                    {goal.professionalWording ? (
                      <Text size="sm" c="dimmed">
                        {t('plan.professionalWording')}: {goal.professionalWording}
                      </Text>
                    ) : null}
                    {from ? (
                      <Text size="xs" c="dimmed">
                        {t('plan.fromHelpPlan', { organisation: from.organisation, title: from.title })}
                      </Text>
                    ) : null}
                  </div>
                  <Badge color={STATUS_COLOR[goal.status]} variant="light" radius="sm">
                    {labels.goalStatus(goal.status)}
                  </Badge>
                </Group>
                {evaluations.length > 0 ? (
                  <Table mt="xs" fz="sm">
                    <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
                      {t('plan.evaluations')}
                    </Table.Caption>
                    <Table.Tbody>
                      {evaluations.map((e) => (
                        <Table.Tr key={e.id}>
                          <Table.Td w={100}>{formatDate(e.on)}</Table.Td>
                          <Table.Td w={140}>{labels.evaluator(e.by)}</Table.Td>
                          <Table.Td w={70}>{e.scale}/10</Table.Td>
                          <Table.Td>{e.note}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                ) : null}
              </Paper>
            );
          })}
        </Stack>
      </Section>
      <Group grow align="flex-start">
        <Section title={t('plan.strengths')}>
          {content.strengths.length === 0 ? (
            none
          ) : (
            <List size="sm">
              {content.strengths.map((s) => (
                <List.Item key={s.id}>{s.text}</List.Item>
              ))}
            </List>
          )}
        </Section>
        <Section title={t('plan.worries')}>
          {content.worries.length === 0 ? (
            none
          ) : (
            <List size="sm">
              {content.worries.map((w) => (
                <List.Item key={w.id}>{w.text}</List.Item>
              ))}
            </List>
          )}
        </Section>
      </Group>
      <Section title={t('plan.actions')}>
        {content.actions.length === 0 ? (
          none
        ) : (
          <ScrollTable minWidth={560}>
            <Table fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('plan.action.description')}</Table.Th>
                  <Table.Th>{t('plan.action.goal')}</Table.Th>
                  <Table.Th>{t('plan.action.owner')}</Table.Th>
                  <Table.Th>{t('plan.action.dueOn')}</Table.Th>
                  <Table.Th>{t('plan.action.doneOn')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {content.actions.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Td>{a.description}</Table.Td>
                    <Table.Td>{a.goalId ? goalNumber.get(a.goalId) : '—'}</Table.Td>
                    <Table.Td>
                      {a.owner.name}{' '}
                      <Text span size="xs" c="dimmed">
                        ({labels.ownerKind(a.owner.kind)})
                      </Text>
                    </Table.Td>
                    <Table.Td>{formatDate(a.dueOn) || '—'}</Table.Td>
                    <Table.Td>{formatDate(a.doneOn) || '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </Section>
      {content.helpPlans.length > 0 ? (
        <Section title={t('plan.helpPlans')}>
          <List size="sm">
            {content.helpPlans.map((h) => (
              <List.Item key={h.id}>
                {h.organisation}: {h.title}
              </List.Item>
            ))}
          </List>
        </Section>
      ) : null}
    </Stack>
  );
}
