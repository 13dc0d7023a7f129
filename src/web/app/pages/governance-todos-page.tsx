import { Group, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { TodoTable } from '../../features/governance/components/todo-table';
import { useBodies, useTodos } from '../../features/governance/hooks/use-governance';
import { useCan } from '../../lib/session';
import type { TodosSearch } from '../governance-search';
import { RequirePermission } from './require-permission';

const route = getRouteApi('/app/governance/todos');

function Stat({ label, value, tone }: { label: string; value: number; tone?: string }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="sm" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text fz={26} fw={700} c={tone}>
        {value}
      </Text>
    </Paper>
  );
}

function Todos() {
  const { t } = useTranslation();
  const canManage = useCan('governance:manage');
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const status = search.status ?? 'open';
  const bodies = useBodies();
  const todos = useTodos({
    status: status === 'all' ? undefined : status,
    bodyId: search.bodyId,
    owner: search.owner,
  });
  const set = (patch: Partial<TodosSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  return (
    <Stack gap="md">
      <Paper withBorder p="md" radius="md">
        <Group gap="md" align="flex-end" wrap="wrap">
          <Stack gap={4}>
            <Text size="sm" fw={500} id="todo-status-label">
              {t('governance.todo.filterStatus')}
            </Text>
            <SegmentedControl
              aria-labelledby="todo-status-label"
              value={status}
              onChange={(v) => set({ status: v === 'open' ? undefined : (v as TodosSearch['status']) })}
              data={(['open', 'overdue', 'done', 'all'] as const).map((s) => ({
                value: s,
                label: t(`governance.todo.status.${s}`),
              }))}
            />
          </Stack>
          <Select
            label={t('governance.meeting.body')}
            placeholder={t('governance.todo.allBodies')}
            clearable
            data={(bodies.data ?? []).map((b) => ({ value: b.id, label: b.name }))}
            value={search.bodyId ?? null}
            onChange={(bodyId) => set({ bodyId: bodyId ?? undefined })}
          />
          <Select
            label={t('governance.todo.owner')}
            placeholder={t('governance.todo.allOwners')}
            clearable
            searchable
            data={(todos.data?.summary.byOwner ?? []).map((o) => o.owner)}
            value={search.owner ?? null}
            onChange={(owner) => set({ owner: owner ?? undefined })}
          />
        </Group>
      </Paper>
      <QueryState query={todos}>
        {({ items, summary }) => (
          <Stack gap="md">
            <SimpleGrid cols={{ base: 3 }} maw={560}>
              <Stat label={t('governance.overview.open')} value={summary.open} />
              <Stat
                label={t('governance.overview.overdue')}
                value={summary.overdue}
                tone={summary.overdue > 0 ? 'red.9' : undefined}
              />
              <Stat label={t('governance.overview.done')} value={summary.done} />
            </SimpleGrid>
            <Paper withBorder radius="md" p="xs">
              {items.length === 0 ? (
                <Text size="sm" c="dimmed" p="sm">
                  {t('governance.todo.none')}
                </Text>
              ) : (
                <TodoTable todos={items} canManage={canManage} />
              )}
            </Paper>
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

export function GovernanceTodosPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('governance.todo.title')} description={t('governance.todo.description')} />
      <RequirePermission permission="governance:read">
        <Todos />
      </RequirePermission>
    </>
  );
}
