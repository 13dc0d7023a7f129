import { SegmentedControl, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { DueList } from '../../features/trajectories/components/due-list';
import { useWeek } from '../../features/trajectories/hooks/use-trajectories';
import { VoiceWeekCard } from '../../features/voice/components/voice-week-card';
import { formatDate } from '../../lib/format';
import { useCan } from '../../lib/session';
import { RequirePermission } from './require-permission';

const route = getRouteApi('/app/my-week');

function Week() {
  const { t } = useTranslation();
  const canSeeAll = useCan('caseload:read');
  const { scope = 'mine' } = route.useSearch();
  const navigate = route.useNavigate();
  const week = useWeek(scope);
  return (
    <Stack gap="md">
      <VoiceWeekCard />
      {canSeeAll ? (
        <SegmentedControl
          aria-label={t('myWeek.scope')}
          value={scope}
          onChange={(v) =>
            void navigate({ search: { scope: v === 'all' ? 'all' : undefined }, replace: true })
          }
          data={[
            { value: 'mine', label: t('myWeek.mine') },
            { value: 'all', label: t('myWeek.all') },
          ]}
          style={{ alignSelf: 'flex-start' }}
        />
      ) : null}
      <QueryState query={week}>
        {(data) => (
          <>
            <Text size="sm" c="dimmed">
              {t('myWeek.today', { date: formatDate(data.today) })}
            </Text>
            <DueList items={data.items} showWorkers={scope === 'all'} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}

export function MyWeekPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('myWeek.title')} description={t('myWeek.description')} />
      <RequirePermission permission="family:read">
        <Week />
      </RequirePermission>
    </>
  );
}
