import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { PasskeysCard } from '../../features/identity/components/passkeys-card';
import { SecondFactorCard } from '../../features/identity/components/second-factor-card';
import { SessionsCard } from '../../features/identity/components/sessions-card';

/** The signed-in person's own sign-in: the authenticator app, passkeys, and where they are signed in. */
export function SecurityPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <PageHeader title={t('security.title')} />
      <SecondFactorCard />
      <PasskeysCard />
      <SessionsCard />
    </Stack>
  );
}
