// The coaching feature's query keys and queries: the one place they are written (ADR 030).
import { queryOptions } from '@tanstack/react-query';
import { getCoaches, getCoachMatches, getCoachWaitingList } from './coaching-api';

export const coachingKeys = {
  all: ['coaching'] as const,
  waitingList: () => [...coachingKeys.all, 'waiting-list'] as const,
  coaches: () => [...coachingKeys.all, 'coaches'] as const,
  matches: () => [...coachingKeys.all, 'matches'] as const,
};

export const coachingQueries = {
  waitingList: () => queryOptions({ queryKey: coachingKeys.waitingList(), queryFn: getCoachWaitingList }),
  coaches: () => queryOptions({ queryKey: coachingKeys.coaches(), queryFn: getCoaches }),
  matches: () => queryOptions({ queryKey: coachingKeys.matches(), queryFn: getCoachMatches }),
};
