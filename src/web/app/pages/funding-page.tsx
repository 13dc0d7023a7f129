import { Alert, Group, SimpleGrid, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FundingLineOverviewDto, FundingOverviewResponse } from '../../../contracts/funding';
import { todayIso } from '../../../domain/dates';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { RouterAnchor } from '../../components/ui/router-links';
import { YearSelect } from '../../components/ui/year-select';
import { FundingLineCard, type LineAction } from '../../features/funding/components/funding-line-card';
import { FundingTotals } from '../../features/funding/components/funding-totals';
import { LedgerModal } from '../../features/funding/components/ledger-modal';
import { LineYearModal } from '../../features/funding/components/line-year-modal';
import { PilotModal } from '../../features/funding/components/pilot-modal';
import { PilotsTable } from '../../features/funding/components/pilots-table';
import { QuarterlyOverview } from '../../features/funding/components/quarterly-overview';
import { SpendingModal } from '../../features/funding/components/spending-modal';
import { useFundingOverview } from '../../features/funding/hooks/use-funding';
import { useCan } from '../../lib/session';
import { RequirePermission } from './require-permission';

const route = getRouteApi('/app/funding');

type Dialog = { action: LineAction; line: FundingLineOverviewDto } | null;

function Overview({ overview }: { overview: FundingOverviewResponse }) {
  const { t } = useTranslation();
  const canManage = useCan('funding:manage');
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const done = (message: string) => () => {
    close();
    notifications.show({ color: 'green', title: t('funding.saved'), message });
  };
  const lineOf = (action: LineAction) => (dialog?.action === action ? dialog.line : null);
  return (
    <Stack gap="md">
      {overview.isYearClosed ? (
        <Alert color="blue" role="status" title={t('funding.closedYearTitle', { year: overview.year })}>
          {t('funding.closedYear')}
        </Alert>
      ) : null}
      <FundingTotals overview={overview} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        {overview.lines.map((line) => (
          <FundingLineCard
            key={line.code}
            line={line}
            isYearClosed={overview.isYearClosed}
            canManage={canManage}
            onAction={(action, l) => setDialog({ action, line: l })}
          />
        ))}
      </SimpleGrid>
      <QuarterlyOverview year={overview.year} />
      <PilotsTable pilots={overview.pilots} />
      <LedgerModal line={lineOf('ledger')} year={overview.year} onClose={close} canManage={canManage} />
      {canManage ? (
        <>
          <LineYearModal
            line={lineOf('year')}
            year={overview.year}
            onClose={close}
            onDone={done(t('funding.yearForm.saved'))}
          />
          <SpendingModal
            line={lineOf('spending')}
            year={overview.year}
            onClose={close}
            onDone={done(t('funding.spendingForm.saved'))}
          />
          <PilotModal
            line={lineOf('pilot')}
            year={overview.year}
            onClose={close}
            onDone={done(t('funding.pilotForm.saved'))}
          />
        </>
      ) : null}
    </Stack>
  );
}

function Funding() {
  const { t } = useTranslation();
  const thisYear = Number(todayIso().slice(0, 4));
  const { year = thisYear } = route.useSearch();
  const navigate = route.useNavigate();
  const overview = useFundingOverview(year);
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <YearSelect
          label={t('funding.year')}
          value={year}
          from={thisYear - 4}
          to={thisYear + 1}
          onChange={(next) =>
            void navigate({ search: { year: next === thisYear ? undefined : next }, replace: true })
          }
        />
        <RouterAnchor to="/funding/allocation" search={{ year }} fw={600}>
          {t('funding.toAllocation')}
        </RouterAnchor>
      </Group>
      <QueryState query={overview}>{(data) => <Overview overview={data} />}</QueryState>
    </Stack>
  );
}

export function FundingPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('funding.title')} description={t('funding.description')} />
      <RequirePermission permission="funding:read">
        <Funding />
      </RequirePermission>
    </>
  );
}
