// Queries and mutations of governance. Every change refreshes what it touches: the meeting it
// belongs to and the lists (bodies, meetings, to-dos, decisions) that show it.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MeetingDto, MeetingsQuery } from '../../../../contracts/governance/meetings';
import type { DecisionsQuery, TodosQuery } from '../../../../contracts/governance/outcomes';
import * as governanceApi from '../api/governance-api';

export const governanceKeys = {
  all: ['governance'] as const,
  bodies: ['governance', 'bodies'] as const,
  body: (id: string) => ['governance', 'body', id] as const,
  meetings: (query: Partial<MeetingsQuery>) => ['governance', 'meetings', query] as const,
  meeting: (id: string) => ['governance', 'meeting', id] as const,
  todos: (query: Partial<TodosQuery>) => ['governance', 'todos', query] as const,
  decisions: (query: Partial<DecisionsQuery>) => ['governance', 'decisions', query] as const,
  agreements: ['governance', 'agreements'] as const,
  people: ['governance', 'people'] as const,
};

export const useBodies = () =>
  useQuery({ queryKey: governanceKeys.bodies, queryFn: governanceApi.listBodies });
export const useBody = (id: string) =>
  useQuery({ queryKey: governanceKeys.body(id), queryFn: () => governanceApi.getBody(id) });
export const usePeople = (enabled: boolean) =>
  useQuery({
    queryKey: governanceKeys.people,
    queryFn: governanceApi.listPeople,
    enabled,
    staleTime: 5 * 60_000,
  });
export const useMeetings = (query: Partial<MeetingsQuery>) =>
  useQuery({ queryKey: governanceKeys.meetings(query), queryFn: () => governanceApi.listMeetings(query) });
export const useMeeting = (id: string) =>
  useQuery({ queryKey: governanceKeys.meeting(id), queryFn: () => governanceApi.getMeeting(id) });
export const useTodos = (query: Partial<TodosQuery>) =>
  useQuery({
    queryKey: governanceKeys.todos(query),
    queryFn: () => governanceApi.listTodos(query),
    placeholderData: keepPreviousData,
  });
export const useDecisions = (query: Partial<DecisionsQuery>) =>
  useQuery({
    queryKey: governanceKeys.decisions(query),
    queryFn: () => governanceApi.listDecisions(query),
    placeholderData: keepPreviousData,
  });
export const useAgreements = () =>
  useQuery({ queryKey: governanceKeys.agreements, queryFn: governanceApi.listAgreements });

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
      queryClient.setQueryData(governanceKeys.meeting(meetingId), meeting);
      void queryClient.invalidateQueries({
        queryKey: governanceKeys.all,
        predicate: (q) => q.queryKey[1] !== 'meeting' || q.queryKey[2] !== meetingId,
      });
    },
  });
}
