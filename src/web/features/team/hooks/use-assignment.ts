import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AssignByAvailabilityBody } from '../../../../contracts/team';
import { afterSaveSlot } from '../../../lib/after-save';
import { assignByAvailability } from '../api/team-api';
import { teamKeys, teamQueries } from '../api/team-queries';

export const useTeamCaseload = () => useQuery(teamQueries.caseload());
export const useAssignmentDecisions = (enabled: boolean) =>
  useQuery(teamQueries.assignmentDecisions(enabled));
export const useAssignmentSuggestion = (familyId: string) => useQuery(teamQueries.suggestion(familyId));

/** An assignment changes the family file and the worklists, other features' queries: the page says which. */
export const AssignedByAvailability = afterSaveSlot<{ familyId: string }>();

/** Assigning answers the family's new state; the caseloads and decisions of the team follow. */
export function useAssignByAvailability(familyId: string) {
  const queryClient = useQueryClient();
  const afterSave = AssignedByAvailability.useAfterSave();
  return useMutation({
    mutationFn: (body: Omit<AssignByAvailabilityBody, 'familyId'>) =>
      assignByAvailability({ ...body, familyId }),
    onSuccess: (data) => {
      queryClient.setQueryData(teamKeys.suggestion(familyId), data);
      void queryClient.invalidateQueries({ queryKey: teamKeys.all });
      void afterSave({ familyId });
    },
  });
}
