// What a change of language changes in every feature (ADR 030): the app, not a page, says so,
// because the language switch sits in the header of every page.
import { matchQuery, type QueryClient, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { LanguageChanged } from '../../features/identity/hooks/use-change-language';
import { SESSION_QUERY_KEY } from '../../lib/session';

export function languageRefreshes(queryClient: QueryClient) {
  return {
    // Server-side labels (reasons, line names) and error texts follow the language; the session stays.
    languageChanged: () =>
      queryClient.invalidateQueries({
        predicate: (query) => !matchQuery({ queryKey: SESSION_QUERY_KEY }, query),
      }),
  };
}

export function LanguageRefreshes({ children }: { children: ReactNode }) {
  const refreshes = languageRefreshes(useQueryClient());
  return <LanguageChanged.Provider value={refreshes.languageChanged}>{children}</LanguageChanged.Provider>;
}
