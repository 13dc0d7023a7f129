import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AbsenceInput, TeamResponse, TypeModuleInput, WorkerInput } from '../../../../contracts/team';
import { isApiError } from '../../../lib/api';
import {
  changeTypeModule,
  changeWorker,
  createTypeModule,
  createWorker,
  recordAbsence,
  removeAbsence,
} from '../api/team-api';
import { teamKeys, teamQueries } from '../api/team-queries';

export const useTeam = () => useQuery(teamQueries.team());

/** A change answers the whole team: it replaces what the page shows, breaches included. */
function useTeamMutation<TInput>(mutate: (input: TInput) => Promise<TeamResponse>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: mutate,
    // Someone else saved first (ADR 020): show the team as it is now.
    onError: (error) => {
      if (isApiError(error, 'RECORD_CHANGED')) void queryClient.invalidateQueries({ queryKey: teamKeys.all });
    },
    onSuccess: (team) => {
      queryClient.setQueryData(teamKeys.team(), team);
      // FTE, regions and absences weigh in the caseload per FTE and the R10 suggestions.
      void queryClient.invalidateQueries({ queryKey: teamKeys.caseload() });
      void queryClient.invalidateQueries({ queryKey: teamKeys.suggestions() });
    },
  });
}

/** A change names the worker's version as loaded (ADR 020); a new worker has none. */
export const useSaveWorker = () =>
  useTeamMutation(
    ({ id, body, baseVersion }: { id: string | null; body: WorkerInput; baseVersion?: number }) =>
      id ? changeWorker(id, { ...body, baseVersion: baseVersion ?? 1 }) : createWorker(body),
  );

export const useRecordAbsence = () =>
  useTeamMutation(({ workerId, body }: { workerId: string; body: AbsenceInput }) =>
    recordAbsence(workerId, body),
  );

export const useRemoveAbsence = () =>
  useTeamMutation(({ workerId, absenceId }: { workerId: string; absenceId: string }) =>
    removeAbsence(workerId, absenceId),
  );

export const useSaveTypeModule = () =>
  useTeamMutation(({ id, body }: { id: string | null; body: TypeModuleInput }) =>
    id ? changeTypeModule(id, body) : createTypeModule(body),
  );
