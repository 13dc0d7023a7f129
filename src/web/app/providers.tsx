import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useMemo } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { currentLocale, dayjsLocale, i18n } from '../lib/i18n';
import { queryClient } from './query-client';
import { LanguageRefreshes } from './refreshes/language-refreshes';
import { buildTheme, cssVariablesResolver } from './theme';

function LocalisedDates({ children }: { children: ReactNode }) {
  const { i18n: active } = useTranslation();
  const locale = dayjsLocale(active.language ? currentLocale() : 'nl');
  return <DatesProvider settings={{ locale, firstDayOfWeek: 1 }}>{children}</DatesProvider>;
}

function LocalisedMantine({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const clear = t('common.clear');
  const close = t('common.close');
  const theme = useMemo(() => buildTheme({ clear, close }), [clear, close]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <LocalisedDates>
        {/* Bottom right: a message never covers the header with the user menu and sign-out. */}
        <Notifications position="bottom-right" />
        {children}
      </LocalisedDates>
    </MantineProvider>
  );
}

export function Providers({ children }: { children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <LanguageRefreshes>
          <LocalisedMantine>{children}</LocalisedMantine>
        </LanguageRefreshes>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
