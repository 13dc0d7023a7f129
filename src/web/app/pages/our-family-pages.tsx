// The family's own portal (issue 13): the pages compose the portal feature's views.
import { Stack, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { SecondFactorCard } from '../../features/identity/components/second-factor-card';
import { SessionsCard } from '../../features/identity/components/sessions-card';
import {
  OurFile,
  OurOverview,
  OurPeople,
  OurPlan,
  WhoReadOurFile,
} from '../../features/portal/components/our-family';

function useTitle(key: string) {
  const { t } = useTranslation();
  useDocumentTitle(`${t(key)} · eenplan`);
}

export function OurFamilyPage() {
  useTitle('portal.links.overview');
  return <OurOverview />;
}
export function OurPlanPage() {
  useTitle('portal.links.plan');
  return <OurPlan />;
}
export function OurFilePage() {
  useTitle('portal.links.file');
  return <OurFile />;
}
export function OurPeoplePage() {
  useTitle('portal.links.people');
  return <OurPeople />;
}
export function WhoReadPage() {
  useTitle('portal.links.whoRead');
  return <WhoReadOurFile />;
}

/** The member's own sign-in: an authenticator app as second factor, the devices signed in. */
export function OurSecurityPage() {
  const { t } = useTranslation();
  useTitle('portal.links.security');
  return (
    <Stack>
      <Title order={1}>{t('portal.links.security')}</Title>
      <SecondFactorCard />
      <SessionsCard />
    </Stack>
  );
}
