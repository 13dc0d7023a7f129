// What a save on the referral page changes in the other features it shows (ADR 030).
// Each feature refreshes its own queries; only the page knows which features a save touches.
import { type QueryClient, type QueryKey, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { auditKeys } from '../../features/audit/api/audit-queries';
import { familyKeys } from '../../features/families/api/families-queries';
import { ReferralSaved } from '../../features/intake/hooks/use-referral';
import { figuresKeys } from '../../features/reports/api/figures-queries';
import { AssignedByAvailability } from '../../features/team/hooks/use-assignment';
import { trajectoryKeys } from '../../features/trajectories/api/trajectories-queries';

export function referralRefreshes(queryClient: QueryClient) {
  const refresh = (queryKey: QueryKey) => queryClient.invalidateQueries({ queryKey });
  return {
    // A decision or review is a new line in the referral's audit trail and counts in the figures.
    referralSaved: ({ referralId }: { referralId: string }) =>
      Promise.all([refresh(auditKeys.referral(referralId)), refresh(figuresKeys.all)]),
    // R10: the assigned family's file and the worklists now name its worker.
    assigned: () => Promise.all([refresh(familyKeys.all), refresh(trajectoryKeys.worklists())]),
  };
}

export function ReferralRefreshes({ children }: { children: ReactNode }) {
  const refreshes = referralRefreshes(useQueryClient());
  return (
    <ReferralSaved.Provider value={refreshes.referralSaved}>
      <AssignedByAvailability.Provider value={refreshes.assigned}>{children}</AssignedByAvailability.Provider>
    </ReferralSaved.Provider>
  );
}
