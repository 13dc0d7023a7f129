import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { OurConsents } from '../../features/consent/components/our-consents';

/** The family's consents and sharing log (R29), at /our-family/consents, in the portal's frame. */
export function OurConsentsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('ourConsents.title')} />
      <OurConsents />
    </>
  );
}
