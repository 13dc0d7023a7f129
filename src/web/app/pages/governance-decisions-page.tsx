import { Group, Paper, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { DecisionTable } from '../../features/governance/components/decision-table';
import { useBodies, useDecisions } from '../../features/governance/hooks/use-governance';
import { useCan } from '../../lib/session';
import { RequirePermission } from './require-permission';

const route = getRouteApi('/app/governance/decisions');

function Decisions() {
  const { t } = useTranslation();
  const canManage = useCan('governance:manage');
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const bodies = useBodies();
  const decisions = useDecisions({ bodyId: search.bodyId, evaluation: search.evaluation });
  return (
    <Stack gap="md">
      <Paper withBorder p="md" radius="md">
        <Group gap="md" align="flex-end">
          <Stack gap={4}>
            <Text size="sm" fw={500} id="decision-filter-label">
              {t('governance.decision.show')}
            </Text>
            <SegmentedControl
              aria-labelledby="decision-filter-label"
              value={search.evaluation ?? 'all'}
              onChange={(v) =>
                void navigate({
                  search: (prev) => ({ ...prev, evaluation: v === 'all' ? undefined : 'dueOrUpcoming' }),
                  replace: true,
                })
              }
              data={[
                { value: 'all', label: t('governance.decision.all') },
                { value: 'dueOrUpcoming', label: t('governance.decision.evaluationSoon') },
              ]}
            />
          </Stack>
          <Select
            label={t('governance.meeting.body')}
            placeholder={t('governance.todo.allBodies')}
            clearable
            data={(bodies.data ?? []).map((b) => ({ value: b.id, label: b.name }))}
            value={search.bodyId ?? null}
            onChange={(bodyId) =>
              void navigate({ search: (prev) => ({ ...prev, bodyId: bodyId ?? undefined }), replace: true })
            }
          />
        </Group>
      </Paper>
      <QueryState query={decisions}>
        {(list) => (
          <Paper withBorder radius="md" p="xs">
            {list.length === 0 ? (
              <Text size="sm" c="dimmed" p="sm">
                {t('governance.decision.none')}
              </Text>
            ) : (
              <DecisionTable decisions={list} canManage={canManage} />
            )}
          </Paper>
        )}
      </QueryState>
    </Stack>
  );
}

export function GovernanceDecisionsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('governance.decision.title')} description={t('governance.decision.description')} />
      <RequirePermission permission="governance:read">
        <Decisions />
      </RequirePermission>
    </>
  );
}
