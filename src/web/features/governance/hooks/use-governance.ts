// Queries and mutations of governance. Every change refreshes what it touches: the meeting it
// belongs to and the lists (bodies, meetings, to-dos, decisions) that show it.
import { matchQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CompletenessQuery, MeetingDto, MeetingsQuery } from '../../../../contracts/governance/meetings';
import type { DecisionsQuery, TodosQuery } from '../../../../contracts/governance/outcomes';
import { governanceKeys, governanceQueries } from '../api/governance-queries';

export const useBodies = () => useQuery(governanceQueries.bodies());
export const useBody = (id: string) => useQuery(governanceQueries.body(id));
export const usePeople = (enabled: boolean) => useQuery(governanceQueries.people(enabled));
export const useMeetings = (query: Partial<MeetingsQuery>) => useQuery(governanceQueries.meetings(query));
export const useMeeting = (id: string) => useQuery(governanceQueries.meeting(id));
export const useTodos = (query: Partial<TodosQuery>) => useQuery(governanceQueries.todos(query));
export const useDecisions = (query: Partial<DecisionsQuery>) => useQuery(governanceQueries.decisions(query));
export const useAgreements = () => useQuery(governanceQueries.agreements());
export const useCompleteness = (meetingId: string, query: CompletenessQuery | null) =>
  useQuery(governanceQueries.completeness(meetingId, query));

/** A change that answers something else than the meeting: refresh everything governance shows. */
export function useGovernanceMutation<TInput, TResult>(mutate: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: mutate,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: governanceKeys.all }),
  });
}

/** A change to a meeting answers the meeting: show it at once, then refresh the lists. */
export function useMeetingMutation<TInput>(
  meetingId: string,
  mutate: (input: TInput) => Promise<MeetingDto>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: mutate,
    onSuccess: (meeting) => {
      const meetingKey = governanceKeys.meeting(meetingId);
      queryClient.setQueryData(meetingKey, meeting);
      void queryClient.invalidateQueries({
        queryKey: governanceKeys.all,
        predicate: (query) => !matchQuery({ queryKey: meetingKey }, query),
      });
    },
  });
}
