import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FamilyFileDto, FamilySearchQuery } from '../../../../contracts/families';
import { afterSaveSlot } from '../../../lib/after-save';
import { isApiError } from '../../../lib/api';
import {
  addMember,
  addNetworkMember,
  assignWorker,
  editMember,
  editNetworkMember,
  endAssignment,
  mergeFamily,
} from '../api/families-api';
import { familyKeys, familyQueries } from '../api/families-queries';

export const useFamilyFile = (id: string) => useQuery(familyQueries.file(id));
export const useFamilyReferrals = (id: string) => useQuery(familyQueries.referrals(id));
export const useFamilySearch = (query: FamilySearchQuery | null) => useQuery(familyQueries.search(query));
export const useAssignableTeam = (enabled: boolean) => useQuery(familyQueries.assignable(enabled));
export const useMergeCandidates = (id: string, enabled: boolean) =>
  useQuery(familyQueries.mergeCandidates(id, enabled));

/** A change to a family file may change other features' lists (worklists, caseloads): the page says which. */
export const FamilySaved = afterSaveSlot<{ familyId: string }>();
/** R17: after a merge everything of the family may have changed, in every feature. */
export const FamilyMerged = afterSaveSlot<{ familyId: string }>();

/** Every change answers the updated file: cache it; whom the family can be assigned to may change too. */
function useFamilyMutation<TInput>(id: string, mutate: (input: TInput) => Promise<FamilyFileDto>) {
  const queryClient = useQueryClient();
  const afterSave = FamilySaved.useAfterSave();
  return useMutation({
    mutationFn: mutate,
    onSuccess: (file) => {
      queryClient.setQueryData(familyKeys.file(id), file);
      void queryClient.invalidateQueries({ queryKey: familyKeys.assignable() });
      void afterSave({ familyId: id });
    },
    // Someone else saved first (ADR 020): show the file as it is now.
    onError: (error) => {
      if (isApiError(error, 'RECORD_CHANGED'))
        void queryClient.invalidateQueries({ queryKey: familyKeys.file(id) });
    },
  });
}

export const useAddMember = (id: string) =>
  useFamilyMutation(id, (body: Parameters<typeof addMember>[1]) => addMember(id, body));
export const useEditMember = (id: string) =>
  useFamilyMutation(id, ({ memberId, body }: { memberId: string; body: Parameters<typeof editMember>[2] }) =>
    editMember(id, memberId, body),
  );
export const useAddNetworkMember = (id: string) =>
  useFamilyMutation(id, (body: Parameters<typeof addNetworkMember>[1]) => addNetworkMember(id, body));
export const useEditNetworkMember = (id: string) =>
  useFamilyMutation(
    id,
    ({ entryId, body }: { entryId: string; body: Parameters<typeof editNetworkMember>[2] }) =>
      editNetworkMember(id, entryId, body),
  );
export const useAssignWorker = (id: string) =>
  useFamilyMutation(id, (userId: string) => assignWorker(id, { userId }));
export const useEndAssignment = (id: string) =>
  useFamilyMutation(id, ({ assignmentId, toOn }: { assignmentId: string; toOn: string }) =>
    endAssignment(id, assignmentId, toOn),
  );

/** R17: the other file merges into this one; all this feature shows of families is read again. */
export function useMergeFamily(id: string) {
  const queryClient = useQueryClient();
  const afterMerge = FamilyMerged.useAfterSave();
  return useMutation({
    mutationFn: (mergeFamilyId: string) => mergeFamily(id, mergeFamilyId),
    onSuccess: (file) => {
      void queryClient.invalidateQueries({ queryKey: familyKeys.all });
      queryClient.setQueryData(familyKeys.file(id), file);
      void afterMerge({ familyId: id });
    },
  });
}
