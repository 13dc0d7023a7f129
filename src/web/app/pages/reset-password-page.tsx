import { Alert, Stack } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterAnchor } from '../../components/ui/router-links';
import { ResetPasswordForm } from '../../features/identity/components/reset-password-form';
import { PublicCard } from '../layout/public-card';

const route = getRouteApi('/reset-password');

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token } = route.useSearch();
  const [isDone, setIsDone] = useState(false);
  return (
    <PublicCard title={t('passwordReset.newTitle')}>
      <Stack>
        {isDone ? (
          <Alert color="green" role="status">
            {t('passwordReset.done')}
          </Alert>
        ) : token ? (
          <ResetPasswordForm token={token} onDone={() => setIsDone(true)} />
        ) : (
          <Alert color="red">{t('errors:PASSWORD_RESET_LINK_INVALID')}</Alert>
        )}
        <RouterAnchor to="/login" size="sm">
          {t('passwordReset.backToLogin')}
        </RouterAnchor>
      </Stack>
    </PublicCard>
  );
}
