import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RouterAnchor } from '../../components/ui/router-links';
import { ForgotPasswordForm } from '../../features/identity/components/forgot-password-form';
import { PublicCard } from '../layout/public-card';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  return (
    <PublicCard title={t('passwordReset.title')}>
      <Stack>
        <ForgotPasswordForm />
        <RouterAnchor to="/login" size="sm">
          {t('passwordReset.backToLogin')}
        </RouterAnchor>
      </Stack>
    </PublicCard>
  );
}
