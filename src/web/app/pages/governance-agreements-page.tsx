import { Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { QueryState } from '../../components/ui/query-state';
import { AgreementCard } from '../../features/governance/components/agreement-card';
import { AgreementForm } from '../../features/governance/components/agreement-form';
import { Dialog } from '../../features/governance/components/dialog';
import { useAgreements } from '../../features/governance/hooks/use-governance';
import { useCan } from '../../lib/session';
import { RequirePermission } from './require-permission';

function Agreements() {
  const { t } = useTranslation();
  const canManage = useCan('governance:manage');
  const agreements = useAgreements();
  return (
    <QueryState query={agreements}>
      {(list) =>
        list.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('governance.agreement.none')}
          </Text>
        ) : (
          <Stack gap="md" maw={960}>
            {list.map((a) => (
              <AgreementCard key={a.id} agreement={a} canManage={canManage} />
            ))}
          </Stack>
        )
      }
    </QueryState>
  );
}

export function GovernanceAgreementsPage() {
  const { t } = useTranslation();
  const canManage = useCan('governance:manage');
  const [isCreating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title={t('governance.agreement.pageTitle')}
        description={t('governance.agreement.description')}
        actions={
          canManage ? (
            <Button onClick={() => setCreating(true)}>{t('governance.agreement.new')}</Button>
          ) : null
        }
      />
      <RequirePermission permission="governance:read">
        <Agreements />
      </RequirePermission>
      <Dialog
        opened={isCreating}
        onClose={() => setCreating(false)}
        title={t('governance.agreement.new')}
        size="lg"
      >
        <AgreementForm onDone={() => setCreating(false)} />
      </Dialog>
    </>
  );
}
