import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { matchQuery, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useMemo } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { LanguageChanged } from '../features/auth/hooks/use-change-language';
import { currentLocale, dayjsLocale, i18n } from '../lib/i18n';
import { SESSION_QUERY_KEY } from '../lib/session';
import { queryClient } from './query-client';
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

// Server-side labels (reasons, line names) and error texts of every feature follow a new
// language; the session itself stays (ADR 030: the app refreshes across features).
const refreshAllButSession = () =>
  queryClient.invalidateQueries({
    predicate: (query) => !matchQuery({ queryKey: SESSION_QUERY_KEY }, query),
  });

export function Providers({ children }: { children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <LanguageChanged.Provider value={refreshAllButSession}>
          <LocalisedMantine>{children}</LocalisedMantine>
        </LanguageChanged.Provider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
