// The worker's side of the family's door (issue 13, ADR 044): every change refreshes the list.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FamilyInvitationBody, InstructionSheetBody } from '../../../../contracts/portal';
import { deactivateFamilyAccount, inviteFamilyMember, recordInstructionSheet } from '../api/portal-api';
import { portalKeys, portalQueries } from '../api/portal-queries';

export const useFamilyAccounts = (familyId: string) => useQuery(portalQueries.accounts(familyId));

export function useInviteFamilyMember(familyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ memberId, body }: { memberId: string; body: FamilyInvitationBody }) =>
      inviteFamilyMember(familyId, memberId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: portalKeys.accounts(familyId) }),
  });
}

export function useDeactivateFamilyAccount(familyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (memberId: string) => deactivateFamilyAccount(familyId, memberId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: portalKeys.accounts(familyId) }),
  });
}

export const useRecordInstructionSheet = (familyId: string) =>
  useMutation({
    mutationFn: ({ memberId, body }: { memberId: string; body: InstructionSheetBody }) =>
      recordInstructionSheet(familyId, memberId, body),
  });
