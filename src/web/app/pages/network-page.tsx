import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { LockedAccountsCard } from '../../features/identity/components/locked-accounts-card';
import { SecondFactorPolicyCard } from '../../features/identity/components/second-factor-policy-card';
import { SignInProvidersCard } from '../../features/identity/components/sign-in-providers-card';
import { OutboxCard } from '../../features/messages/components/outbox-card';
import { MunicipalityImport } from '../../features/network/components/municipality-import';
import { ServedZonesForm } from '../../features/network/components/served-zones-form';
import { useCan } from '../../lib/session';
import { RequirePermission } from './require-permission';

/** The administrator's page (`/admin`): the network's reference data, locked accounts and sign-in providers. */
export function NetworkPage() {
  const { t } = useTranslation();
  const canReadMail = useCan('mail:read');
  return (
    <>
      <PageHeader title={t('admin.title')} description={t('admin.description')} />
      <RequirePermission permission="reference:manage">
        <Stack gap="md" maw={760}>
          <ServedZonesForm />
          <MunicipalityImport />
          <LockedAccountsCard />
          <SecondFactorPolicyCard />
          <RequirePermission permission="session:configure">
            <SignInProvidersCard />
          </RequirePermission>
        </Stack>
      </RequirePermission>
      {canReadMail ? (
        <Stack gap="md" mt="md">
          <OutboxCard />
        </Stack>
      ) : null}
    </>
  );
}
