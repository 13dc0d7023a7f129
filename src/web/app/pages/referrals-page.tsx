import { Center, Group, Pagination, Paper, Stack, Text } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { RouterButton } from '../../components/ui/router-links';
import type { ReferralListFilters } from '../../features/intake/api/referrals-api';
import { REFERRALS_PAGE_SIZE } from '../../features/intake/api/referrals-queries';
import { ReferralFilters } from '../../features/intake/components/referral-filters';
import { ReferralTable } from '../../features/intake/components/referral-table';
import { useReferralList } from '../../features/intake/hooks/use-referral-list';
import { useCan } from '../../lib/session';
import { RequirePermission } from './require-permission';

const route = getRouteApi('/app/referrals');

function ReferralsList() {
  const { t } = useTranslation();
  const { page = 1, ...filters } = route.useSearch();
  const navigate = route.useNavigate();
  const list = useReferralList(filters, page);
  const setFilters = (next: ReferralListFilters) => void navigate({ search: { ...next, page: undefined } });
  const setPage = (next: number) =>
    void navigate({ search: (prev) => ({ ...prev, page: next > 1 ? next : undefined }) });

  return (
    <Stack gap="md">
      <Paper withBorder p="md" radius="md">
        <ReferralFilters value={filters} onChange={setFilters} />
      </Paper>
      <QueryState query={list}>
        {({ items, total }) =>
          items.length === 0 ? (
            <Paper withBorder p="xl" radius="md">
              <Center>
                <Stack align="center" gap={4}>
                  <Text fw={600}>{t('referrals.empty.title')}</Text>
                  <Text size="sm" c="dimmed">
                    {Object.values(filters).some(Boolean)
                      ? t('referrals.empty.filtered')
                      : t('referrals.empty.none')}
                  </Text>
                </Stack>
              </Center>
            </Paper>
          ) : (
            <Paper withBorder radius="md" p="xs">
              <Text size="sm" c="dimmed" px="xs" pt="xs" aria-live="polite">
                {t('referrals.count', { count: total })}
              </Text>
              <ReferralTable referrals={items} />
              {total > REFERRALS_PAGE_SIZE ? (
                <Group justify="center" py="sm">
                  <Pagination
                    total={Math.ceil(total / REFERRALS_PAGE_SIZE)}
                    value={page}
                    onChange={setPage}
                    getControlProps={(control) => ({ 'aria-label': t(`common.pagination.${control}`) })}
                  />
                </Group>
              ) : null}
            </Paper>
          )
        }
      </QueryState>
    </Stack>
  );
}

export function ReferralsPage() {
  const { t } = useTranslation();
  const canCreate = useCan('referral:create');
  return (
    <>
      <PageHeader
        title={t('referrals.title')}
        description={t('referrals.description')}
        actions={canCreate ? <RouterButton to="/referrals/new">{t('nav.newReferral')}</RouterButton> : null}
      />
      <RequirePermission permission="referral:read">
        <ReferralsList />
      </RequirePermission>
    </>
  );
}
