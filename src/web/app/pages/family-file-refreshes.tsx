// What a save on the family file changes in the other features the page shows (ADR 030).
// Each feature refreshes its own queries; only this page knows which features a save touches.
import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { FamilyMerged, FamilySaved } from '../../features/families/hooks/use-family';
import { planKeys } from '../../features/plans/api/plans-queries';
import { PlanSaved } from '../../features/plans/hooks/use-plan';
import { teamKeys } from '../../features/team/api/team-queries';
import { trajectoryKeys } from '../../features/trajectories/api/trajectories-queries';
import { JourneySaved } from '../../features/trajectories/hooks/use-trajectories';

export function FamilyFileRefreshes({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const refresh = (queryKey: QueryKey) => queryClient.invalidateQueries({ queryKey });
  // The worklists show each family's plan step, workers and next deadline.
  const refreshWorklists = () => refresh(trajectoryKeys.worklists());
  return (
    <PlanSaved.Provider value={refreshWorklists}>
      {/* A trajectory's goal and state show in the plan. */}
      <JourneySaved.Provider value={({ familyId }) => refresh(planKeys.plan(familyId))}>
        {/* Members and assignments weigh in the worklists and the team's caseloads. */}
        <FamilySaved.Provider value={() => Promise.all([refreshWorklists(), refresh(teamKeys.all)])}>
          {/* R17: the merged file's plan, trajectories and contacts are this family's now. */}
          <FamilyMerged.Provider value={() => queryClient.invalidateQueries()}>
            {children}
          </FamilyMerged.Provider>
        </FamilySaved.Provider>
      </JourneySaved.Provider>
    </PlanSaved.Provider>
  );
}
