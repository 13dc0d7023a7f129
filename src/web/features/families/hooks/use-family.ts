import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FamilyFileDto, FamilySearchQuery } from '../../../../contracts/families';
import { isApiError } from '../../../lib/api';
import {
  addMember,
  addNetworkMember,
  assignWorker,
  editMember,
  editNetworkMember,
  endAssignment,
  getFamilyFile,
  getFamilyReferrals,
  listAssignable,
  listMergeCandidates,
  mergeFamily,
  searchFamilies,
} from '../api/families-api';

export const familyKey = (id: string) => ['families', 'file', id] as const;

export function useFamilyFile(id: string) {
  return useQuery({ queryKey: familyKey(id), queryFn: () => getFamilyFile(id) });
}

export function useFamilyReferrals(id: string) {
  return useQuery({ queryKey: ['families', 'referrals', id], queryFn: () => getFamilyReferrals(id) });
}

/** Runs once an exact enough identification is asked for (null until then). */
export function useFamilySearch(query: FamilySearchQuery | null) {
  return useQuery({
    queryKey: ['families', 'search', query],
    queryFn: () => searchFamilies(query as FamilySearchQuery),
    enabled: query !== null,
  });
}

export function useAssignableTeam(enabled: boolean) {
  return useQuery({ queryKey: ['team', 'assignable'], queryFn: listAssignable, enabled });
}

/** Every change answers the updated file: cache it; worklists may change with it. */
function useFamilyMutation<TInput>(id: string, mutate: (input: TInput) => Promise<FamilyFileDto>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: mutate,
    onSuccess: (file) => {
      queryClient.setQueryData(familyKey(id), file);
      void queryClient.invalidateQueries({ queryKey: ['worklist'] });
      void queryClient.invalidateQueries({ queryKey: ['team'] });
    },
    // Someone else saved first (ADR 020): show the file as it is now.
    onError: (error) => {
      if (isApiError(error, 'RECORD_CHANGED'))
        void queryClient.invalidateQueries({ queryKey: familyKey(id) });
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

export function useMergeCandidates(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['families', 'merge-candidates', id],
    queryFn: () => listMergeCandidates(id),
    enabled,
  });
}

/** R17: the other file merges into this one; everything of the family may have changed. */
export function useMergeFamily(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mergeFamilyId: string) => mergeFamily(id, mergeFamilyId),
    onSuccess: (file) => {
      void queryClient.invalidateQueries();
      queryClient.setQueryData(familyKey(id), file);
    },
  });
}
