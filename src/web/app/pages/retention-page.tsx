import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { SectionCard } from '../../components/ui/section-card';
import { DueFilesTable } from '../../features/retention/components/due-files-table';
import { RetentionAgeForm } from '../../features/retention/components/retention-age-form';
import { useDueFiles, useRetentionSettings } from '../../features/retention/hooks/use-retention';
import { hasPermission, useUser } from '../../lib/session';
import { RequirePermission } from './require-permission';

function DueFiles() {
  const { t } = useTranslation();
  const due = useDueFiles();
  return (
    <SectionCard title={t('retention.listTitle')}>
      <QueryState query={due}>{(data) => <DueFilesTable data={data} />}</QueryState>
    </SectionCard>
  );
}

function AgeSetting() {
  const { t } = useTranslation();
  const settings = useRetentionSettings();
  return (
    <SectionCard title={t('retention.ageTitle')}>
      <QueryState query={settings}>
        {(data) => <RetentionAgeForm key={data.version} settings={data} />}
      </QueryState>
    </SectionCard>
  );
}

/** R30: which files are destroyed soon, and how long the collaboration keeps them. */
export function RetentionPage() {
  const { t } = useTranslation();
  const user = useUser();
  return (
    <>
      <PageHeader title={t('retention.title')} description={t('retention.description')} />
      <RequirePermission permission="retention:manage">
        <Stack gap="md">
          {hasPermission(user, 'retention:read') ? <DueFiles /> : null}
          <AgeSetting />
        </Stack>
      </RequirePermission>
    </>
  );
}
