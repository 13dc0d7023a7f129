// What a save on the family file changes in the other features the page shows (ADR 030).
// Each feature refreshes its own queries; only the page knows which features a save touches.
import { type QueryClient, type QueryKey, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { FamilyMerged, FamilySaved } from '../../features/families/hooks/use-family';
import { planKeys } from '../../features/plans/api/plans-queries';
import { PlanSaved } from '../../features/plans/hooks/use-plan';
import { portalKeys } from '../../features/portal/api/portal-queries';
import { teamKeys } from '../../features/team/api/team-queries';
import { trajectoryKeys } from '../../features/trajectories/api/trajectories-queries';
import { JourneySaved } from '../../features/trajectories/hooks/use-trajectories';
import { voiceKeys } from '../../features/voice/api/voice-queries';
import { CorrectionAnswered } from '../../features/voice/hooks/use-voice';

export function familyFileRefreshes(queryClient: QueryClient) {
  const refresh = (queryKey: QueryKey) => queryClient.invalidateQueries({ queryKey });
  // The worklists show each family's plan step, workers and next deadline.
  const refreshWorklists = () => refresh(trajectoryKeys.worklists());
  // What the family sees (the portal) is made of its plan and its journey.
  const refreshFamilyView = (familyId: string) => refresh(portalKeys.familyView(familyId));
  return {
    // The family's words and correction requests read each item as the current plan has it.
    planSaved: ({ familyId }: { familyId: string }) =>
      Promise.all([refreshWorklists(), refreshFamilyView(familyId), refresh(voiceKeys.family(familyId))]),
    // R16: an accepted correction of a plan part is the plan's next version.
    correctionAnswered: ({ familyId }: { familyId: string }) =>
      Promise.all([refresh(planKeys.plan(familyId)), refreshWorklists(), refreshFamilyView(familyId)]),
    // A trajectory's goal and state show in the plan.
    journeySaved: ({ familyId }: { familyId: string }) =>
      Promise.all([refresh(planKeys.plan(familyId)), refreshFamilyView(familyId)]),
    // Members and assignments weigh in the worklists and the team's caseloads.
    familySaved: () => Promise.all([refreshWorklists(), refresh(teamKeys.all)]),
    // R17: the merged file's plan, trajectories and contacts are this family's now, in every feature.
    familyMerged: () => queryClient.invalidateQueries(),
  };
}

export function FamilyFileRefreshes({ children }: { children: ReactNode }) {
  const refreshes = familyFileRefreshes(useQueryClient());
  return (
    <PlanSaved.Provider value={refreshes.planSaved}>
      <JourneySaved.Provider value={refreshes.journeySaved}>
        <FamilySaved.Provider value={refreshes.familySaved}>
          <FamilyMerged.Provider value={refreshes.familyMerged}>
            <CorrectionAnswered.Provider value={refreshes.correctionAnswered}>
              {children}
            </CorrectionAnswered.Provider>
          </FamilyMerged.Provider>
        </FamilySaved.Provider>
      </JourneySaved.Provider>
    </PlanSaved.Provider>
  );
}
