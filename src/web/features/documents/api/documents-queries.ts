// The documents feature's query keys and queries: the one place they are written (ADR 030).
import { queryOptions } from '@tanstack/react-query';
import { listFamilyDocuments, listOurDocuments } from './documents-api';

export const documentsKeys = {
  all: ['documents'] as const,
  ours: () => [...documentsKeys.all, 'ours'] as const,
  family: (familyId: string) => [...documentsKeys.all, 'family', familyId] as const,
};

export const documentsQueries = {
  ours: () => queryOptions({ queryKey: documentsKeys.ours(), queryFn: listOurDocuments }),
  family: (familyId: string) =>
    queryOptions({ queryKey: documentsKeys.family(familyId), queryFn: () => listFamilyDocuments(familyId) }),
};
