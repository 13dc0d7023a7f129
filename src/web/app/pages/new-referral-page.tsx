import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { ReferralForm } from '../../features/intake/components/referral-form/referral-form';
import { ReferralCreated } from '../../features/intake/hooks/use-create-referral';
import { figuresKeys } from '../../features/reports/api/figures-queries';
import { RequirePermission } from './require-permission';

export function NewReferralPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  // A new referral counts in the figures (ADR 030: the page refreshes other features).
  const refreshFigures = () => queryClient.invalidateQueries({ queryKey: figuresKeys.all });
  return (
    <>
      <PageHeader title={t('referralForm.title')} description={t('referralForm.description')} />
      <RequirePermission permission="referral:create">
        <ReferralCreated.Provider value={refreshFigures}>
          <ReferralForm
            onCreated={(referral) => {
              notifications.show({
                color: 'green',
                title: t('referralForm.created'),
                message: t('referralForm.createdText', { reference: referral.reference }),
              });
              void navigate({ to: '/referrals/$id', params: { id: referral.id } });
            }}
          />
        </ReferralCreated.Provider>
      </RequirePermission>
    </>
  );
}
