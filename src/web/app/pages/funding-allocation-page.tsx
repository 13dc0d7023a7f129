import { Alert, Grid, Paper, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { AllocationResponse } from '../../../contracts/funding';
import { todayIso } from '../../../domain/dates';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { RouterAnchor } from '../../components/ui/router-links';
import { AllocationChart } from '../../features/funding/components/allocation-chart';
import { AllocationControls } from '../../features/funding/components/allocation-controls';
import { AllocationTable } from '../../features/funding/components/allocation-table';
import { ZoneDataImport } from '../../features/funding/components/zone-data-import';
import { useAllocation } from '../../features/funding/hooks/use-allocation';
import { useCan } from '../../lib/session';
import { useEuro } from '../../lib/use-euro';
import { RequirePermission } from './require-permission';

const route = getRouteApi('/app/funding/allocation');

/** What the page shares out unless another total is typed: € 1.000.000,00. */
const DEFAULT_ALLOCATION_BUDGET_CENTS = 100_000_000;

function CollaborationBudget({ allocation }: { allocation: AllocationResponse }) {
  const { t } = useTranslation();
  const { euro } = useEuro();
  const served = allocation.zones.filter((z) => z.isServed);
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="sm" c="dimmed" fw={600}>
        {t('allocation.collaborationBudget')}
      </Text>
      <Text fz={28} fw={700} lh={1.2} mt={4}>
        {euro(allocation.collaborationBudgetCents)}
      </Text>
      <Text size="sm" mt={4}>
        {t('allocation.collaborationBudgetOf', {
          count: served.length,
          zones: served.map((z) => z.zoneName).join(', '),
          total: euro(allocation.budgetCents),
        })}
      </Text>
    </Paper>
  );
}

function Allocation() {
  const { t } = useTranslation();
  const canManage = useCan('funding:manage');
  const thisYear = Number(todayIso().slice(0, 4));
  const { year = thisYear, budget = DEFAULT_ALLOCATION_BUDGET_CENTS } = route.useSearch();
  const navigate = route.useNavigate();
  const allocation = useAllocation(year, budget);
  return (
    <Stack gap="md">
      <Paper withBorder p="md" radius="md">
        <AllocationControls
          year={year}
          budgetCents={budget}
          thisYear={thisYear}
          onChange={(next) =>
            void navigate({
              search: {
                year: next.year === thisYear ? undefined : next.year,
                budget: next.budgetCents === DEFAULT_ALLOCATION_BUDGET_CENTS ? undefined : next.budgetCents,
              },
              replace: true,
            })
          }
        />
      </Paper>
      <Alert color="blue" role="note" title={t('allocation.formulaTitle')}>
        {t('allocation.formula')}
      </Alert>
      <QueryState query={allocation}>
        {(data) =>
          data.zones.length === 0 ? (
            <Alert color="orange" role="status" title={t('allocation.emptyTitle', { year })}>
              {canManage ? t('allocation.emptyManage') : t('allocation.empty')}
            </Alert>
          ) : (
            <Stack gap="md">
              <CollaborationBudget allocation={data} />
              <Grid gap="md">
                <Grid.Col span={{ base: 12, xl: 7 }}>
                  <AllocationTable allocation={data} />
                </Grid.Col>
                <Grid.Col span={{ base: 12, xl: 5 }}>
                  <AllocationChart allocation={data} />
                </Grid.Col>
              </Grid>
            </Stack>
          )
        }
      </QueryState>
      {canManage ? <ZoneDataImport year={year} /> : null}
    </Stack>
  );
}

export function FundingAllocationPage() {
  const { t } = useTranslation();
  return (
    <>
      <RouterAnchor to="/funding" size="sm">
        ← {t('allocation.back')}
      </RouterAnchor>
      <PageHeader title={t('allocation.title')} description={t('allocation.description')} />
      <RequirePermission permission="funding:read">
        <Allocation />
      </RequirePermission>
    </>
  );
}
