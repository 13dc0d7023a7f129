// What a save on the referral page changes in the other features it shows (ADR 030).
// Each feature refreshes its own queries; only this page knows which features a save touches.
import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { auditKeys } from '../../features/audit/api/audit-queries';
import { familyKeys } from '../../features/families/api/families-queries';
import { ReferralSaved } from '../../features/intake/hooks/use-referral';
import { figuresKeys } from '../../features/reports/api/figures-queries';
import { AssignedByAvailability } from '../../features/team/hooks/use-assignment';
import { trajectoryKeys } from '../../features/trajectories/api/trajectories-queries';

export function ReferralRefreshes({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const refresh = (queryKey: QueryKey) => queryClient.invalidateQueries({ queryKey });
  return (
    // A decision or review is a new line in the referral's audit trail and counts in the figures.
    <ReferralSaved.Provider
      value={({ referralId }) =>
        Promise.all([refresh(auditKeys.referral(referralId)), refresh(figuresKeys.all)])
      }
    >
      {/* R10: the assigned family's file and the worklists now name its worker. */}
      <AssignedByAvailability.Provider
        value={() => Promise.all([refresh(familyKeys.all), refresh(trajectoryKeys.worklists())])}
      >
        {children}
      </AssignedByAvailability.Provider>
    </ReferralSaved.Provider>
  );
}
