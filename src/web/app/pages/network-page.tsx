import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { LockedAccountsCard } from '../../features/identity/components/locked-accounts-card';
import { SignInProvidersCard } from '../../features/identity/components/sign-in-providers-card';
import { MunicipalityImport } from '../../features/network/components/municipality-import';
import { ServedZonesForm } from '../../features/network/components/served-zones-form';
import { RequirePermission } from './require-permission';

/** The administrator's page (`/admin`): the network's reference data, locked accounts and sign-in providers. */
export function NetworkPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('admin.title')} description={t('admin.description')} />
      <RequirePermission permission="reference:manage">
        <Stack gap="md" maw={760}>
          <ServedZonesForm />
          <MunicipalityImport />
          <LockedAccountsCard />
          <RequirePermission permission="session:configure">
            <SignInProvidersCard />
          </RequirePermission>
        </Stack>
      </RequirePermission>
    </>
  );
}
