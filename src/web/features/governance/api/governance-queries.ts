// The governance feature's query keys and queries: the one place they are written (ADR 030).
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { CompletenessQuery, MeetingsQuery } from '../../../../contracts/governance/meetings';
import type { DecisionsQuery, TodosQuery } from '../../../../contracts/governance/outcomes';
import * as governanceApi from './governance-api';

export const governanceKeys = {
  all: ['governance'] as const,
  bodies: () => [...governanceKeys.all, 'bodies'] as const,
  body: (id: string) => [...governanceKeys.all, 'body', id] as const,
  meetings: (query: Partial<MeetingsQuery>) => [...governanceKeys.all, 'meetings', query] as const,
  meeting: (id: string) => [...governanceKeys.all, 'meeting', id] as const,
  todos: (query: Partial<TodosQuery>) => [...governanceKeys.all, 'todos', query] as const,
  decisions: (query: Partial<DecisionsQuery>) => [...governanceKeys.all, 'decisions', query] as const,
  agreements: () => [...governanceKeys.all, 'agreements'] as const,
  people: () => [...governanceKeys.all, 'people'] as const,
  completeness: (meetingId: string, query: CompletenessQuery | null) =>
    [...governanceKeys.all, 'completeness', meetingId, query] as const,
};

export const governanceQueries = {
  bodies: () => queryOptions({ queryKey: governanceKeys.bodies(), queryFn: governanceApi.listBodies }),
  body: (id: string) =>
    queryOptions({ queryKey: governanceKeys.body(id), queryFn: () => governanceApi.getBody(id) }),
  people: (enabled: boolean) =>
    queryOptions({
      queryKey: governanceKeys.people(),
      queryFn: governanceApi.listPeople,
      enabled,
      staleTime: 5 * 60_000,
    }),
  meetings: (query: Partial<MeetingsQuery>) =>
    queryOptions({
      queryKey: governanceKeys.meetings(query),
      queryFn: () => governanceApi.listMeetings(query),
    }),
  meeting: (id: string) =>
    queryOptions({ queryKey: governanceKeys.meeting(id), queryFn: () => governanceApi.getMeeting(id) }),
  todos: (query: Partial<TodosQuery>) =>
    queryOptions({
      queryKey: governanceKeys.todos(query),
      queryFn: () => governanceApi.listTodos(query),
      placeholderData: keepPreviousData,
    }),
  decisions: (query: Partial<DecisionsQuery>) =>
    queryOptions({
      queryKey: governanceKeys.decisions(query),
      queryFn: () => governanceApi.listDecisions(query),
      placeholderData: keepPreviousData,
    }),
  agreements: () =>
    queryOptions({ queryKey: governanceKeys.agreements(), queryFn: governanceApi.listAgreements }),
  /** Asked once the secretary picks a period to freeze (null until then). */
  completeness: (meetingId: string, query: CompletenessQuery | null) =>
    queryOptions({
      queryKey: governanceKeys.completeness(meetingId, query),
      queryFn: () => governanceApi.checkCompleteness(meetingId, query as CompletenessQuery),
      enabled: query !== null,
    }),
};
