import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { MunicipalityImport } from '../../features/admin/components/municipality-import';
import { ServedZonesForm } from '../../features/admin/components/served-zones-form';
import { LockedAccountsCard } from '../../features/auth/components/locked-accounts-card';
import { OutboxCard } from '../../features/messages/components/outbox-card';
import { useCan } from '../../lib/session';
import { RequirePermission } from './require-permission';

export function AdminPage() {
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
