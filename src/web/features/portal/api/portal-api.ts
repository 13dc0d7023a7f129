import type { FamilyViewDto } from '../../../../contracts/portal';
import { api, apiUrl } from '../../../lib/api';

export const getFamilyView = (id: string) => api.get<FamilyViewDto>(`/families/${id}/family-view`);
/** The printable plan: opened in a new tab, the session cookie is enough for a GET. */
export const planPdfUrl = (id: string, lang: string) => apiUrl(`/families/${id}/plan.pdf`, { lang });
