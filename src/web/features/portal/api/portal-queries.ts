// The portal feature's query keys and queries: the one place they are written (ADR 030). What the
// family sees is made of the plan and the journey: the family file page refreshes it after those
// saves (app/refreshes/family-file-refreshes.tsx).
import { queryOptions } from '@tanstack/react-query';
import { getFamilyView } from './portal-api';

export const portalKeys = {
  all: ['portal'] as const,
  familyView: (familyId: string) => [...portalKeys.all, 'family-view', familyId] as const,
};

export const portalQueries = {
  familyView: (familyId: string) =>
    queryOptions({ queryKey: portalKeys.familyView(familyId), queryFn: () => getFamilyView(familyId) }),
};
