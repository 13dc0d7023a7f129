import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { SocialMapSearch } from '../../features/socialmap/components/social-map-search';

/** Issue 14 point 1: the social map, for every professional (the API route is `staff`). */
export function SocialMapPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('socialMap.title')} description={t('socialMap.description')} />
      <SocialMapSearch />
    </>
  );
}
