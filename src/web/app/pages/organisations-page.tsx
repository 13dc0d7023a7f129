import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { OrganisationCards } from '../../features/network/components/organisation-cards';
import { RequirePermission } from './require-permission';

export function OrganisationsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('organisations.title')} description={t('organisations.description')} />
      <RequirePermission permission="organisation:manage">
        <OrganisationCards />
      </RequirePermission>
    </>
  );
}
