import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '../../../../contracts/common';
import { currentLocale } from '../../../lib/i18n';
import { useChangeLanguage } from '../hooks/use-change-language';

const NATIVE_NAMES = { nl: 'Nederlands', en: 'English', fr: 'Français' } as const;

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const changeLanguage = useChangeLanguage();
  const active = i18n.language ? currentLocale() : 'nl';
  return (
    <Group gap={4} role="group" aria-label={t('language.label')}>
      {LOCALES.map((locale) => (
        <Button
          key={locale}
          size="compact-sm"
          variant={locale === active ? 'filled' : 'subtle'}
          aria-pressed={locale === active}
          title={NATIVE_NAMES[locale]}
          lang={locale}
          onClick={() => changeLanguage(locale)}
        >
          {locale.toUpperCase()}
        </Button>
      ))}
    </Group>
  );
}
