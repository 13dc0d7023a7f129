// The families feature's query keys and queries: the one place they are written (ADR 030).
import { queryOptions } from '@tanstack/react-query';
import type { FamilySearchQuery } from '../../../../contracts/families';
import {
  getFamilyFile,
  getFamilyReferrals,
  listAssignable,
  listMergeCandidates,
  searchFamilies,
} from './families-api';

export const familyKeys = {
  all: ['families'] as const,
  file: (id: string) => [...familyKeys.all, 'file', id] as const,
  referrals: (id: string) => [...familyKeys.all, 'referrals', id] as const,
  search: (query: FamilySearchQuery | null) => [...familyKeys.all, 'search', query] as const,
  // The workers a family can be assigned to: asked by this feature, so under its key.
  assignable: () => [...familyKeys.all, 'assignable'] as const,
  mergeCandidates: (id: string) => [...familyKeys.all, 'merge-candidates', id] as const,
};

export const familyQueries = {
  file: (id: string) => queryOptions({ queryKey: familyKeys.file(id), queryFn: () => getFamilyFile(id) }),
  referrals: (id: string) =>
    queryOptions({ queryKey: familyKeys.referrals(id), queryFn: () => getFamilyReferrals(id) }),
  /** Runs once an exact enough identification is asked for (null until then). */
  search: (query: FamilySearchQuery | null) =>
    queryOptions({
      queryKey: familyKeys.search(query),
      queryFn: () => searchFamilies(query as FamilySearchQuery),
      enabled: query !== null,
    }),
  assignable: (enabled: boolean) =>
    queryOptions({ queryKey: familyKeys.assignable(), queryFn: listAssignable, enabled }),
  mergeCandidates: (id: string, enabled: boolean) =>
    queryOptions({
      queryKey: familyKeys.mergeCandidates(id),
      queryFn: () => listMergeCandidates(id),
      enabled,
    }),
};
