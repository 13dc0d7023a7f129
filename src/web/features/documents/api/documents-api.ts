import type {
  FamilyDocumentDto,
  MarkDocumentBody,
  OurDocumentDto,
  UploadDocumentBody,
} from '../../../../contracts/documents';
import { api, apiUrl } from '../../../lib/api';

// "Documents shared with us" (ADR 052): the family's list, and each document's download link
// (a GET: the session cookie is enough; the server answers it as an attachment).
export const listOurDocuments = () => api.get<OurDocumentDto[]>('/portal/documents');
export const ourDocumentUrl = (id: string) => apiUrl(`/portal/documents/${id}/content`);

// The worker's side (ADR 052): the file's documents with their marks, upload, marks, sharing.
export const listFamilyDocuments = (familyId: string) =>
  api.get<FamilyDocumentDto[]>(`/families/${familyId}/documents`);
export const uploadFamilyDocument = (familyId: string, body: UploadDocumentBody) =>
  api.post<FamilyDocumentDto>(`/families/${familyId}/documents`, body);
export const markFamilyDocument = (familyId: string, id: string, body: MarkDocumentBody) =>
  api.put<FamilyDocumentDto>(`/families/${familyId}/documents/${id}/marks`, body);
export const shareFamilyDocument = (familyId: string, document: FamilyDocumentDto, share: boolean) =>
  api.post<FamilyDocumentDto>(
    `/families/${familyId}/documents/${document.id}/${share ? 'share' : 'unshare'}`,
    {
      baseVersion: document.version,
    },
  );
export const familyDocumentUrl = (familyId: string, id: string) =>
  apiUrl(`/families/${familyId}/documents/${id}/content`);
