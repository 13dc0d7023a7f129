import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AssignByAvailabilityBody } from '../../../../contracts/team';
import {
  assignByAvailability,
  getAssignmentDecisions,
  getAssignmentSuggestion,
  getTeamCaseload,
} from '../api/team-api';

export const useTeamCaseload = () => useQuery({ queryKey: ['team', 'caseload'], queryFn: getTeamCaseload });

export const useAssignmentDecisions = (enabled: boolean) =>
  useQuery({ queryKey: ['team', 'assignment-decisions'], queryFn: getAssignmentDecisions, enabled });

const suggestionKey = (familyId: string) => ['team', 'assignment-suggestion', familyId] as const;

/** R10: the suggestion is computed from today's caseloads, so it is asked fresh each time. */
export const useAssignmentSuggestion = (familyId: string) =>
  useQuery({
    queryKey: suggestionKey(familyId),
    queryFn: () => getAssignmentSuggestion(familyId),
    staleTime: 0,
  });

/**
 * Assigning answers the family's new state; caseloads and the family file (other features'
 * queries, by key) are refreshed because the assignment changed them.
 */
export function useAssignByAvailability(familyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Omit<AssignByAvailabilityBody, 'familyId'>) =>
      assignByAvailability({ ...body, familyId }),
    onSuccess: (data) => {
      queryClient.setQueryData(suggestionKey(familyId), data);
      void queryClient.invalidateQueries({ queryKey: ['team'] });
      void queryClient.invalidateQueries({ queryKey: ['families'] });
      void queryClient.invalidateQueries({ queryKey: ['worklist'] });
    },
  });
}
