import { Button, Grid, Stack, Tabs } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamResponse, TypeModuleDto, WorkerDto } from '../../../contracts/team';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { LockedAccountsCard } from '../../features/identity/components/locked-accounts-card';
import { AbsenceCoverCard } from '../../features/team/components/absence-cover-card';
import { AbsenceModal } from '../../features/team/components/absence-modal';
import { AssignmentDecisionsTable } from '../../features/team/components/assignment-decisions-table';
import { BreachSummary } from '../../features/team/components/breach-summary';
import { CaseloadPanel } from '../../features/team/components/caseload-panel';
import { OrganisationsTable } from '../../features/team/components/organisations-table';
import { TeamTotals } from '../../features/team/components/team-totals';
import { TypeModuleModal } from '../../features/team/components/type-module-modal';
import { TypeModulesTable } from '../../features/team/components/type-modules-table';
import { WorkerDrawer } from '../../features/team/components/worker-form';
import { WorkersTable } from '../../features/team/components/workers-table';
import { useTeam } from '../../features/team/hooks/use-team';
import { useCan } from '../../lib/session';
import { RequirePermission } from './require-permission';

// Which dialog is open: the worker drawer (new or existing), an absence, a type module.
type Dialog =
  | { kind: 'worker'; worker: WorkerDto | null }
  | { kind: 'absence'; worker: WorkerDto }
  | { kind: 'module'; module: TypeModuleDto | null }
  | null;

function Team({
  team,
  dialog,
  setDialog,
}: {
  team: TeamResponse;
  dialog: Dialog;
  setDialog: (d: Dialog) => void;
}) {
  const { t } = useTranslation();
  const canManage = useCan('team:manage');
  const canUnlock = useCan('account:unlock');
  const close = () => setDialog(null);
  const saved = (message: string) => {
    close();
    notifications.show({ color: 'green', title: t('team.saved'), message });
  };
  return (
    <Stack gap="md">
      <BreachSummary team={team} />
      <TeamTotals team={team} />
      <WorkersTable
        team={team}
        canManage={canManage}
        onEdit={(worker) => setDialog({ kind: 'worker', worker })}
        onAbsence={(worker) => setDialog({ kind: 'absence', worker })}
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <TypeModulesTable
            team={team}
            canManage={canManage}
            onAdd={() => setDialog({ kind: 'module', module: null })}
            onEdit={(module) => setDialog({ kind: 'module', module })}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <OrganisationsTable team={team} />
        </Grid.Col>
      </Grid>
      <AbsenceCoverCard cover={team.absenceCover} />
      {canUnlock ? <LockedAccountsCard /> : null}
      {canManage ? (
        <>
          <WorkerDrawer
            opened={dialog?.kind === 'worker'}
            onClose={close}
            team={team}
            worker={dialog?.kind === 'worker' ? dialog.worker : null}
            onDone={(_, name) => saved(t('team.workerSaved', { name }))}
          />
          <AbsenceModal
            worker={dialog?.kind === 'absence' ? dialog.worker : null}
            onClose={close}
            onDone={() => saved(t('team.absence.saved'))}
            onRemoved={(next) => {
              const worker = next.workers.find(
                (w) => dialog?.kind === 'absence' && w.id === dialog.worker.id,
              );
              if (worker) setDialog({ kind: 'absence', worker });
              notifications.show({
                color: 'green',
                title: t('team.saved'),
                message: t('team.absence.removed'),
              });
            }}
          />
          <TypeModuleModal
            opened={dialog?.kind === 'module'}
            onClose={close}
            module={dialog?.kind === 'module' ? dialog.module : null}
            onDone={() =>
              saved(
                t(dialog?.kind === 'module' && dialog.module ? 'team.modules.changed' : 'team.modules.saved'),
              )
            }
          />
        </>
      ) : null}
    </Stack>
  );
}

const route = getRouteApi('/app/team');

function TeamLoader({ dialog, setDialog }: { dialog: Dialog; setDialog: (d: Dialog) => void }) {
  const { t } = useTranslation();
  const team = useTeam();
  const canAssign = useCan('family:assign');
  const { tab = 'secondment' } = route.useSearch();
  const navigate = route.useNavigate();
  return (
    <Tabs
      value={tab}
      onChange={(next) =>
        void navigate({ search: { tab: next === 'caseload' ? 'caseload' : undefined }, replace: true })
      }
      keepMounted={false}
    >
      <Tabs.List mb="md">
        <Tabs.Tab value="secondment">{t('team.tabs.secondment')}</Tabs.Tab>
        <Tabs.Tab value="caseload">{t('team.tabs.caseload')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="secondment">
        <QueryState query={team}>
          {(data) => <Team team={data} dialog={dialog} setDialog={setDialog} />}
        </QueryState>
      </Tabs.Panel>
      <Tabs.Panel value="caseload">
        <Stack gap="md">
          <CaseloadPanel />
          {canAssign ? <AssignmentDecisionsTable /> : null}
        </Stack>
      </Tabs.Panel>
    </Tabs>
  );
}

export function TeamPage() {
  const { t } = useTranslation();
  const canManage = useCan('team:manage');
  const [dialog, setDialog] = useState<Dialog>(null);
  return (
    <>
      <PageHeader
        title={t('team.title')}
        description={t('team.description')}
        actions={
          canManage ? (
            <Button onClick={() => setDialog({ kind: 'worker', worker: null })}>{t('team.addWorker')}</Button>
          ) : null
        }
      />
      <RequirePermission permission="team:read">
        <TeamLoader dialog={dialog} setDialog={setDialog} />
      </RequirePermission>
    </>
  );
}
