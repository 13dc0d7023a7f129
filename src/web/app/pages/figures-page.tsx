import { Alert, SimpleGrid, Stack } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { FiguresQuery, FiguresResponse } from '../../../contracts/reports';
import { addMonths, monthKey, todayIso } from '../../../domain/dates';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { CountsTable } from '../../features/reports/components/counts-table';
import { FiguresFilters } from '../../features/reports/components/figures-filters';
import { KpiCards } from '../../features/reports/components/kpi-cards';
import { LineUseCard } from '../../features/reports/components/line-use-card';
import { ReceivedByMonthChart } from '../../features/reports/components/received-by-month-chart';
import { useFigures } from '../../features/reports/hooks/use-figures';
import { useCodeLabels } from '../../lib/labels';
import { useZoneNames } from '../../lib/reference-data';
import { RequirePermission } from './require-permission';

const route = getRouteApi('/app/figures');

/** Twelve whole months: this month and the eleven before it. */
function defaultPeriod(): { from: string; to: string } {
  const today = todayIso();
  return { from: `${monthKey(addMonths(today, -11))}-01`, to: today };
}

function FiguresTables({ figures }: { figures: FiguresResponse }) {
  const { t } = useTranslation();
  const labels = useCodeLabels();
  const zoneName = useZoneNames();
  const orUnknown = (label: (key: string) => string) => (key: string) =>
    key === '' || key === 'none' || key === 'unknown' || key === 'null' ? t('figures.none') : label(key);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <CountsTable
        title={t('figures.notStartedByReason')}
        keyHeader={t('figures.reason')}
        counts={figures.notStartedByReason}
        label={orUnknown((k) => labels.reason(k))}
      />
      <CountsTable
        title={t('figures.byRegistrantKind')}
        keyHeader={t('figures.registrantKind')}
        counts={figures.byRegistrantKind}
        label={orUnknown(labels.organisationKind)}
      />
      <CountsTable
        title={t('figures.byReferredThrough')}
        keyHeader={t('figures.referredThrough')}
        counts={figures.byReferredThrough}
        label={orUnknown(labels.organisationKind)}
      />
      <CountsTable
        title={t('figures.byZone')}
        keyHeader={t('figures.zone')}
        counts={figures.byPrimaryCareZone}
        label={orUnknown(zoneName)}
      />
    </SimpleGrid>
  );
}

function Figures() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const query: FiguresQuery = { ...defaultPeriod(), ...search };
  const figures = useFigures(query);
  const setQuery = (patch: Partial<FiguresQuery>) =>
    void navigate({ search: (prev) => ({ ...query, ...prev, ...patch }), replace: true });

  return (
    <Stack gap="md">
      <FiguresFilters value={query} onChange={setQuery} />
      <QueryState query={figures}>
        {(data) => (
          <Stack gap="md">
            {data.suppressed ? (
              <Alert color="blue" role="status">
                {t('figures.suppressed')}
              </Alert>
            ) : null}
            <KpiCards figures={data} />
            <LineUseCard figures={data} />
            <ReceivedByMonthChart counts={data.receivedByMonth} />
            <FiguresTables figures={data} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

export function FiguresPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('figures.title')} description={t('figures.description')} />
      <RequirePermission permission="figures:read">
        <Figures />
      </RequirePermission>
    </>
  );
}
