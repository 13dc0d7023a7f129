import { SegmentedControl, Stack } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { FamilySearch } from '../../features/families/components/family-search';
import { MyFamiliesTable } from '../../features/trajectories/components/my-families-table';
import { useMyFamilies } from '../../features/trajectories/hooks/use-trajectories';
import { useCan } from '../../lib/session';
import { RequirePermission } from './require-permission';

const route = getRouteApi('/app/families');

function Families() {
  const { t } = useTranslation();
  const canSeeAll = useCan('caseload:read');
  const { scope = canSeeAll ? 'all' : 'mine' } = route.useSearch();
  const navigate = route.useNavigate();
  const families = useMyFamilies(scope);
  return (
    <Stack gap="md">
      {canSeeAll ? (
        <SegmentedControl
          aria-label={t('families.scope')}
          value={scope}
          onChange={(v) => void navigate({ search: { scope: v as 'mine' | 'all' }, replace: true })}
          data={[
            { value: 'all', label: t('families.all') },
            { value: 'mine', label: t('families.mine') },
          ]}
          style={{ alignSelf: 'flex-start' }}
        />
      ) : null}
      <QueryState query={families}>{(data) => <MyFamiliesTable families={data} />}</QueryState>
      <FamilySearch />
    </Stack>
  );
}

export function FamilyListPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('families.title')} description={t('families.description')} />
      <RequirePermission permission="family:read">
        <Families />
      </RequirePermission>
    </>
  );
}
