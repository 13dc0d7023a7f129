import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { PeopleTable } from '../../features/identity/components/people-table';
import { RequirePermission } from './require-permission';

export function PeoplePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('people.title')} description={t('people.description')} />
      <RequirePermission permission="account:manage">
        <PeopleTable />
      </RequirePermission>
    </>
  );
}
