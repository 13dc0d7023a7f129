import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { PasskeysCard } from '../../features/identity/components/passkeys-card';
import { SecondFactorCard } from '../../features/identity/components/second-factor-card';
import { SessionsCard } from '../../features/identity/components/sessions-card';
import { ReminderPreferencesCard } from '../../features/notifications/components/reminder-preferences-card';

/** The signed-in person's own account: the authenticator app, passkeys, where they are signed in, their reminders. */
export function SecurityPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <PageHeader title={t('security.title')} />
      <SecondFactorCard />
      <PasskeysCard />
      <SessionsCard />
      <ReminderPreferencesCard />
    </Stack>
  );
}
