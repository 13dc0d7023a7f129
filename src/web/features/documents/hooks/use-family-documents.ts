import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  FamilyDocumentDto,
  MarkDocumentBody,
  UploadDocumentBody,
} from '../../../../contracts/documents';
import { markFamilyDocument, shareFamilyDocument, uploadFamilyDocument } from '../api/documents-api';
import { documentsKeys, documentsQueries } from '../api/documents-queries';

export const useFamilyDocuments = (familyId: string) => useQuery(documentsQueries.family(familyId));

// Every change answers the document as it is now; the list is read again either way, so a change
// refused as stale (409) shows what a colleague saved.
function useDocumentChange<T>(familyId: string, change: (input: T) => Promise<FamilyDocumentDto>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSettled: () => queryClient.invalidateQueries({ queryKey: documentsKeys.family(familyId) }),
  });
}

export const useUploadDocument = (familyId: string) =>
  useDocumentChange(familyId, (body: UploadDocumentBody) => uploadFamilyDocument(familyId, body));

export const useMarkDocument = (familyId: string) =>
  useDocumentChange(familyId, ({ id, body }: { id: string; body: MarkDocumentBody }) =>
    markFamilyDocument(familyId, id, body),
  );

export const useShareDocument = (familyId: string) =>
  useDocumentChange(familyId, ({ document, share }: { document: FamilyDocumentDto; share: boolean }) =>
    shareFamilyDocument(familyId, document, share),
  );
