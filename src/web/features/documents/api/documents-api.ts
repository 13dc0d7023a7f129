import type { OurDocumentDto } from '../../../../contracts/documents';
import { api, apiUrl } from '../../../lib/api';

// "Documents shared with us" (ADR 052): the family's list, and each document's download link
// (a GET: the session cookie is enough; the server answers it as an attachment).
export const listOurDocuments = () => api.get<OurDocumentDto[]>('/portal/documents');
export const ourDocumentUrl = (id: string) => apiUrl(`/portal/documents/${id}/content`);
