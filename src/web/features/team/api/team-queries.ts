// The team feature's query keys and queries: the one place they are written (ADR 030).
import { queryOptions } from '@tanstack/react-query';
import { getAssignmentDecisions, getAssignmentSuggestion, getTeam, getTeamCaseload } from './team-api';

export const teamKeys = {
  all: ['team'] as const,
  team: () => [...teamKeys.all, 'overview'] as const,
  caseload: () => [...teamKeys.all, 'caseload'] as const,
  assignmentDecisions: () => [...teamKeys.all, 'assignment-decisions'] as const,
  suggestions: () => [...teamKeys.all, 'assignment-suggestion'] as const,
  suggestion: (familyId: string) => [...teamKeys.suggestions(), familyId] as const,
};

export const teamQueries = {
  team: () => queryOptions({ queryKey: teamKeys.team(), queryFn: getTeam }),
  caseload: () => queryOptions({ queryKey: teamKeys.caseload(), queryFn: getTeamCaseload }),
  assignmentDecisions: (enabled: boolean) =>
    queryOptions({ queryKey: teamKeys.assignmentDecisions(), queryFn: getAssignmentDecisions, enabled }),
  /** R10: the suggestion is computed from today's caseloads, so it is asked fresh each time. */
  suggestion: (familyId: string) =>
    queryOptions({
      queryKey: teamKeys.suggestion(familyId),
      queryFn: () => getAssignmentSuggestion(familyId),
      staleTime: 0,
    }),
};
