// The family's own portal (issue 13): the pages compose the portal feature's views.
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
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
