// The plans feature's query keys and queries: the one place they are written (ADR 030).
import { queryOptions } from '@tanstack/react-query';
import { comparePlanVersions, getPlan, getPlanVersion } from './plans-api';

export const planKeys = {
  all: ['plans'] as const,
  /** A family's plan, and under it its versions and comparisons. */
  plan: (familyId: string) => [...planKeys.all, familyId] as const,
  version: (familyId: string, version: number | null) =>
    [...planKeys.plan(familyId), 'version', version] as const,
  comparison: (familyId: string, from: number | null, to: number | null) =>
    [...planKeys.plan(familyId), 'compare', from, to] as const,
};

export const planQueries = {
  plan: (familyId: string) =>
    queryOptions({ queryKey: planKeys.plan(familyId), queryFn: () => getPlan(familyId) }),
  version: (familyId: string, version: number | null) =>
    queryOptions({
      queryKey: planKeys.version(familyId, version),
      queryFn: () => getPlanVersion(familyId, version as number),
      enabled: version !== null,
    }),
  comparison: (familyId: string, from: number | null, to: number | null) =>
    queryOptions({
      queryKey: planKeys.comparison(familyId, from, to),
      queryFn: () => comparePlanVersions(familyId, from as number, to as number),
      enabled: from !== null && to !== null && from !== to,
    }),
};
