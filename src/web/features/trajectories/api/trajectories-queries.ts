// The trajectories feature's query keys and queries: the one place they are written (ADR 030).
// The worklists (the week, the families, the waiting list, the caseload) are this feature's too.
import { queryOptions } from '@tanstack/react-query';
import {
  getCaseload,
  getMyFamilies,
  getWaitingList,
  getWeek,
  listContacts,
  listTrajectories,
} from './trajectories-api';

type Scope = 'mine' | 'all';

export const trajectoryKeys = {
  all: ['trajectories'] as const,
  family: (familyId: string) => [...trajectoryKeys.all, 'family', familyId] as const,
  contacts: (familyId: string) => [...trajectoryKeys.all, 'contacts', familyId] as const,
  worklists: () => [...trajectoryKeys.all, 'worklist'] as const,
  week: (scope: Scope) => [...trajectoryKeys.worklists(), 'week', scope] as const,
  families: (scope: Scope) => [...trajectoryKeys.worklists(), 'families', scope] as const,
  waitingList: () => [...trajectoryKeys.worklists(), 'waiting-list'] as const,
  caseload: () => [...trajectoryKeys.worklists(), 'caseload'] as const,
};

export const trajectoryQueries = {
  family: (familyId: string) =>
    queryOptions({ queryKey: trajectoryKeys.family(familyId), queryFn: () => listTrajectories(familyId) }),
  contacts: (familyId: string) =>
    queryOptions({ queryKey: trajectoryKeys.contacts(familyId), queryFn: () => listContacts(familyId) }),
  week: (scope: Scope) =>
    queryOptions({ queryKey: trajectoryKeys.week(scope), queryFn: () => getWeek(scope) }),
  families: (scope: Scope) =>
    queryOptions({ queryKey: trajectoryKeys.families(scope), queryFn: () => getMyFamilies(scope) }),
  waitingList: () => queryOptions({ queryKey: trajectoryKeys.waitingList(), queryFn: getWaitingList }),
  caseload: () => queryOptions({ queryKey: trajectoryKeys.caseload(), queryFn: getCaseload }),
};
