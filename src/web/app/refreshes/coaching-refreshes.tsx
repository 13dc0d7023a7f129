// What a save on the coaching page changes in other features (ADR 030).
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { CoachingSaved } from '../../features/coaching/hooks/use-coaching';
import { trajectoryKeys } from '../../features/trajectories/api/trajectories-queries';

export function coachingRefreshes(queryClient: QueryClient) {
  return {
    // R18: a family matched to a coach leaves the team's waiting list, and comes back when it ends.
    coachingSaved: () => queryClient.invalidateQueries({ queryKey: trajectoryKeys.worklists() }),
  };
}

export function CoachingRefreshes({ children }: { children: ReactNode }) {
  const refreshes = coachingRefreshes(useQueryClient());
  return <CoachingSaved.Provider value={refreshes.coachingSaved}>{children}</CoachingSaved.Provider>;
}
