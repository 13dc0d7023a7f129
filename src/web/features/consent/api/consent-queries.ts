// The consent feature's query keys and queries: the one place they are written (ADR 030).
import { queryOptions } from '@tanstack/react-query';
import { getConsentOverview, getOurConsents, listContactMarks, listPartners } from './consent-api';

export const consentKeys = {
  all: ['consent'] as const,
  overview: (familyId: string) => [...consentKeys.all, 'overview', familyId] as const,
  partners: () => [...consentKeys.all, 'partners'] as const,
  ours: () => [...consentKeys.all, 'ours'] as const,
  marks: (familyId: string) => [...consentKeys.all, 'marks', familyId] as const,
};

export const consentQueries = {
  overview: (familyId: string) =>
    queryOptions({ queryKey: consentKeys.overview(familyId), queryFn: () => getConsentOverview(familyId) }),
  partners: () => queryOptions({ queryKey: consentKeys.partners(), queryFn: listPartners }),
  ours: () => queryOptions({ queryKey: consentKeys.ours(), queryFn: getOurConsents }),
  marks: (familyId: string) =>
    queryOptions({ queryKey: consentKeys.marks(familyId), queryFn: () => listContactMarks(familyId) }),
};
