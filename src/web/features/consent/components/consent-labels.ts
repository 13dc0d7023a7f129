import { useTranslation } from 'react-i18next';

/** Labels of the codes of consent and sharing (R27 R28 R29). */
export function useConsentLabels() {
  const { t } = useTranslation();
  const code = (group: string) => (value: string) => t(`codes:${group}.${value}`, { defaultValue: value });
  return {
    scope: code('consentScope'),
    recipient: code('consentRecipient'),
    source: code('consentSource'),
    standing: code('standing'),
    organisationKind: code('organisationKind'),
  };
}
