import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { MunicipalityImport } from '../../features/admin/components/municipality-import';
import { ServedZonesForm } from '../../features/admin/components/served-zones-form';
import { LockedAccountsCard } from '../../features/auth/components/locked-accounts-card';
import { SecondFactorPolicyCard } from '../../features/identity/components/second-factor-policy-card';
import { RequirePermission } from './require-permission';

export function AdminPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('admin.title')} description={t('admin.description')} />
      <RequirePermission permission="reference:manage">
        <Stack gap="md" maw={760}>
          <ServedZonesForm />
          <MunicipalityImport />
          <LockedAccountsCard />
          <SecondFactorPolicyCard />
        </Stack>
      </RequirePermission>
    </>
  );
}
