import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { PortalVoice } from '../../features/voice/components/portal-voice';

/** The family's voice in its portal (R16, ADR 045): agree or not, our words, corrections, messages. */
export function OurFamilyVoicePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('voice.portal.title')} />
      <PortalVoice />
    </>
  );
}
