import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AssessmentBody,
  MarkBody,
  RecordConsentBody,
  ShareBody,
  WithdrawConsentBody,
} from '../../../../contracts/consent';
import {
  assessCompetence,
  markContact,
  recordConsent,
  shareWithPartner,
  withdrawConsent,
  withdrawOurConsent,
} from '../api/consent-api';
import { consentKeys, consentQueries } from '../api/consent-queries';

export const useConsentOverview = (familyId: string) => useQuery(consentQueries.overview(familyId));
export const usePartners = () => useQuery(consentQueries.partners());

/** Every change to consents, sharings or assessments refreshes the family's consent page. */
function useConsentMutation<T>(familyId: string, run: (body: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: consentKeys.overview(familyId) }),
  });
}

export const useRecordConsent = (familyId: string) =>
  useConsentMutation(familyId, (body: RecordConsentBody) => recordConsent(familyId, body));
export const useWithdrawConsent = (familyId: string) =>
  useConsentMutation(familyId, ({ consentId, ...body }: WithdrawConsentBody & { consentId: string }) =>
    withdrawConsent(familyId, consentId, body),
  );
export const useShareWithPartner = (familyId: string) =>
  useConsentMutation(familyId, (body: ShareBody) => shareWithPartner(familyId, body));
export const useAssessCompetence = (familyId: string) =>
  useConsentMutation(familyId, (body: AssessmentBody) => assessCompetence(familyId, body));

export const useOurConsents = () => useQuery(consentQueries.ours());

/** The family withdraws its own consent; the log refreshes with it. */
export function useWithdrawOurConsent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ consentId, baseVersion }: { consentId: string; baseVersion: number }) =>
      withdrawOurConsent(consentId, { baseVersion }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: consentKeys.ours() }),
  });
}

export const useContactMarks = (familyId: string) => useQuery(consentQueries.marks(familyId));

/** R27, R28: a contact's mark set or changed; the marks refresh. */
export function useMarkContact(familyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ contactId, body }: { contactId: string; body: MarkBody }) =>
      markContact(familyId, contactId, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: consentKeys.marks(familyId) }),
  });
}
