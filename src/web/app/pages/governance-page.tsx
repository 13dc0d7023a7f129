import { Badge, Button, Grid, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { RouterAnchor } from '../../components/ui/router-links';
import { SectionCard } from '../../components/ui/section-card';
import { EvaluationBadge } from '../../features/governance/components/badges';
import { BodyForm } from '../../features/governance/components/body-form';
import { Dialog } from '../../features/governance/components/dialog';
import { MeetingsTable } from '../../features/governance/components/meetings-table';
import {
  useBodies,
  useDecisions,
  useMeetings,
  useTodos,
} from '../../features/governance/hooks/use-governance';
import { formatDate } from '../../lib/format';
import { useCan } from '../../lib/session';
import { RequirePermission } from './require-permission';

function Bodies() {
  const { t } = useTranslation();
  const bodies = useBodies();
  return (
    <SectionCard title={t('governance.overview.bodies')}>
      <QueryState query={bodies}>
        {(list) =>
          list.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('governance.overview.noBodies')}
            </Text>
          ) : (
            <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
              {list.map((b) => (
                <li key={b.id}>
                  <Group justify="space-between" wrap="nowrap">
                    <div>
                      <RouterAnchor to="/governance/bodies/$id" params={{ id: b.id }} fw={600} size="sm">
                        {b.name}
                      </RouterAnchor>
                      <Text size="xs" c="dimmed">
                        {t(`codes:governanceBodyKind.${b.kind}`)} ·{' '}
                        {t('governance.overview.members', { count: b.memberCount })}
                        {b.lead
                          ? ` · ${t(`codes:governanceMemberRole.${b.lead.role}`).toLowerCase()} ${b.lead.name}`
                          : ''}
                      </Text>
                    </div>
                    {b.nextMeeting ? (
                      <Badge variant="light" radius="sm">
                        {formatDate(b.nextMeeting.date)}
                      </Badge>
                    ) : null}
                  </Group>
                </li>
              ))}
            </Stack>
          )
        }
      </QueryState>
    </SectionCard>
  );
}

function TodoSummary() {
  const { t } = useTranslation();
  const todos = useTodos({ status: 'open' });
  return (
    <SectionCard title={t('governance.overview.todos')}>
      <QueryState query={todos}>
        {({ summary }) => (
          <Stack gap="sm">
            <SimpleGrid cols={2}>
              <Paper withBorder p="sm" radius="md">
                <Text size="sm" c="dimmed" fw={600}>
                  {t('governance.overview.open')}
                </Text>
                <Text fz={26} fw={700}>
                  {summary.open}
                </Text>
              </Paper>
              <Paper withBorder p="sm" radius="md">
                <Text size="sm" c="dimmed" fw={600}>
                  {t('governance.overview.overdue')}
                </Text>
                <Text fz={26} fw={700} c={summary.overdue > 0 ? 'red.9' : undefined}>
                  {summary.overdue}
                </Text>
              </Paper>
            </SimpleGrid>
            <RouterAnchor to="/governance/todos" size="sm">
              {t('governance.overview.allTodos')}
            </RouterAnchor>
          </Stack>
        )}
      </QueryState>
    </SectionCard>
  );
}

function Evaluations() {
  const { t } = useTranslation();
  const decisions = useDecisions({ evaluation: 'dueOrUpcoming' });
  return (
    <SectionCard title={t('governance.overview.evaluations')}>
      <QueryState query={decisions}>
        {(list) =>
          list.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('governance.overview.noEvaluations')}
            </Text>
          ) : (
            <Stack gap="xs">
              {list.slice(0, 5).map((d) => (
                <div key={d.id}>
                  <Group gap="xs">
                    <Text size="sm" fw={600}>
                      {formatDate(d.evaluateOn)}
                    </Text>
                    <EvaluationBadge state={d.evaluationState} />
                  </Group>
                  <Text size="sm" lineClamp={2}>
                    {d.text}
                  </Text>
                </div>
              ))}
              <RouterAnchor to="/governance/decisions" search={{ evaluation: 'dueOrUpcoming' }} size="sm">
                {t('governance.overview.allDecisions')}
              </RouterAnchor>
            </Stack>
          )
        }
      </QueryState>
    </SectionCard>
  );
}

function Overview() {
  const { t } = useTranslation();
  const upcoming = useMeetings({ when: 'upcoming' });
  const past = useMeetings({ when: 'past', limit: 6 });
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <Stack gap="md">
          <SectionCard title={t('governance.overview.upcoming')}>
            <QueryState query={upcoming}>
              {(list) => <MeetingsTable meetings={list} caption={t('governance.overview.upcoming')} />}
            </QueryState>
          </SectionCard>
          <SectionCard title={t('governance.overview.past')}>
            <QueryState query={past}>
              {(list) => <MeetingsTable meetings={list} caption={t('governance.overview.past')} />}
            </QueryState>
          </SectionCard>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <Stack gap="md">
          <TodoSummary />
          <Evaluations />
          <Bodies />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}

export function GovernancePage() {
  const { t } = useTranslation();
  const canManage = useCan('governance:manage');
  const navigate = useNavigate();
  const [isCreating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title={t('governance.title')}
        description={t(canManage ? 'governance.description' : 'governance.descriptionMember')}
        actions={
          canManage ? <Button onClick={() => setCreating(true)}>{t('governance.body.new')}</Button> : null
        }
      />
      <RequirePermission permission="governance:read">
        <Overview />
      </RequirePermission>
      <Dialog
        opened={isCreating}
        onClose={() => setCreating(false)}
        title={t('governance.body.new')}
        size="lg"
      >
        <BodyForm
          onDone={(body) => void navigate({ to: '/governance/bodies/$id', params: { id: body.id } })}
        />
      </Dialog>
    </>
  );
}
