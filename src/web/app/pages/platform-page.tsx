import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { CollaborationForm } from '../../features/collaborations/components/collaboration-form';
import { CollaborationsTable } from '../../features/collaborations/components/collaborations-table';
import { RequirePermission } from './require-permission';

/** Issue 15 (ADR 054): the platform administrator's page — the installation's collaborations. */
export function PlatformPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('platform.title')} description={t('platform.description')} />
      <RequirePermission permission="platform:manage">
        <Stack gap="md" maw={960}>
          <CollaborationsTable />
          <CollaborationForm />
        </Stack>
      </RequirePermission>
    </>
  );
}
