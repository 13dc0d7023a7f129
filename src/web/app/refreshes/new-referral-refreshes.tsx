// What registering a referral changes in other features (ADR 030).
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ReferralCreated } from '../../features/intake/hooks/use-create-referral';
import { figuresKeys } from '../../features/reports/api/figures-queries';

export function newReferralRefreshes(queryClient: QueryClient) {
  return {
    // A new referral counts in the figures.
    referralCreated: () => queryClient.invalidateQueries({ queryKey: figuresKeys.all }),
  };
}

export function NewReferralRefreshes({ children }: { children: ReactNode }) {
  const refreshes = newReferralRefreshes(useQueryClient());
  return <ReferralCreated.Provider value={refreshes.referralCreated}>{children}</ReferralCreated.Provider>;
}
