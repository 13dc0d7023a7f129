import { notifications } from '@mantine/notifications';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { ReferralForm } from '../../features/intake/components/referral-form/referral-form';
import { NewReferralRefreshes } from '../refreshes/new-referral-refreshes';
import { RequirePermission } from './require-permission';

export function NewReferralPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader title={t('referralForm.title')} description={t('referralForm.description')} />
      <RequirePermission permission="referral:create">
        <NewReferralRefreshes>
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
        </NewReferralRefreshes>
      </RequirePermission>
    </>
  );
}
