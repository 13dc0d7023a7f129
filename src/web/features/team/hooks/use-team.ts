import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AbsenceInput, NewWorkerInput, TeamResponse, TypeModuleInput } from '../../../../contracts/team';
import { isApiError } from '../../../lib/api';
import {
  changeTypeModule,
  changeWorker,
  createTypeModule,
  createWorker,
  getTeam,
  recordAbsence,
  removeAbsence,
} from '../api/team-api';

export const TEAM_QUERY_KEY = ['team'] as const;

export function useTeam() {
  return useQuery({ queryKey: TEAM_QUERY_KEY, queryFn: getTeam });
}

/** A change answers the whole team: it replaces what the page shows, breaches included. */
function useTeamMutation<TInput>(mutate: (input: TInput) => Promise<TeamResponse>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: mutate,
    // Someone else saved first (ADR 020): show the team as it is now.
    onError: (error) => {
      if (isApiError(error, 'RECORD_CHANGED'))
        void queryClient.invalidateQueries({ queryKey: TEAM_QUERY_KEY });
    },
    onSuccess: (team) => {
      queryClient.setQueryData(TEAM_QUERY_KEY, team);
      // FTE, regions and absences weigh in the caseload per FTE and the R10 suggestions.
      void queryClient.invalidateQueries({ queryKey: ['team', 'caseload'] });
      void queryClient.invalidateQueries({ queryKey: ['team', 'assignment-suggestion'] });
    },
  });
}

/** A change names the worker's version as loaded (ADR 020); a new worker has none. */
export const useSaveWorker = () =>
  useTeamMutation(
    ({ id, body, baseVersion }: { id: string | null; body: NewWorkerInput; baseVersion?: number }) =>
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
