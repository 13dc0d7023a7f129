// The portal feature's query keys and queries: the one place they are written (ADR 030). What the
// family sees is made of the plan and the journey: the family file page refreshes it after those
// saves (app/refreshes/family-file-refreshes.tsx).
import { queryOptions } from '@tanstack/react-query';
import {
  getFamilyView,
  getOurFile,
  getOurPeople,
  getOurPlan,
  getPortalOverview,
  getWhoRead,
  listFamilyAccounts,
} from './portal-api';

export const portalKeys = {
  all: ['portal'] as const,
  familyView: (familyId: string) => [...portalKeys.all, 'family-view', familyId] as const,
  /** The worker's list of the family members' own accounts. */
  accounts: (familyId: string) => [...portalKeys.all, 'accounts', familyId] as const,
  /** The family's own portal (issue 13): one key per page, all under 'portal', 'own'. */
  own: (page: 'overview' | 'plan' | 'file' | 'people' | 'who-read') =>
    [...portalKeys.all, 'own', page] as const,
};

export const portalQueries = {
  familyView: (familyId: string) =>
    queryOptions({ queryKey: portalKeys.familyView(familyId), queryFn: () => getFamilyView(familyId) }),
  accounts: (familyId: string) =>
    queryOptions({ queryKey: portalKeys.accounts(familyId), queryFn: () => listFamilyAccounts(familyId) }),
  overview: () => queryOptions({ queryKey: portalKeys.own('overview'), queryFn: getPortalOverview }),
  ourPlan: () => queryOptions({ queryKey: portalKeys.own('plan'), queryFn: getOurPlan }),
  ourFile: () => queryOptions({ queryKey: portalKeys.own('file'), queryFn: getOurFile }),
  ourPeople: () => queryOptions({ queryKey: portalKeys.own('people'), queryFn: getOurPeople }),
  whoRead: () => queryOptions({ queryKey: portalKeys.own('who-read'), queryFn: getWhoRead }),
};
