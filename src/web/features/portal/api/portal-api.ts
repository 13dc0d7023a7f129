import type {
  FamilyViewDto,
  PortalFileDto,
  PortalOverviewDto,
  PortalPeopleDto,
  PortalPlanDto,
  PortalReadsDto,
} from '../../../../contracts/portal';
import { api, apiUrl } from '../../../lib/api';

export const getFamilyView = (id: string) => api.get<FamilyViewDto>(`/families/${id}/family-view`);
/** The printable plan: opened in a new tab, the session cookie is enough for a GET. */
export const planPdfUrl = (id: string, lang: string) => apiUrl(`/families/${id}/plan.pdf`, { lang });

// The family's own portal (issue 13): what a signed-in family member reads of its own file.
export const getPortalOverview = () => api.get<PortalOverviewDto>('/portal/overview');
export const getOurPlan = () => api.get<PortalPlanDto>('/portal/plan');
export const getOurFile = () => api.get<PortalFileDto>('/portal/file');
export const getOurPeople = () => api.get<PortalPeopleDto>('/portal/people');
export const getWhoRead = () => api.get<PortalReadsDto>('/portal/who-read');
/** A copy of our file (R16, R30): a download, the session cookie is enough for a GET. */
export const ourCopyPdfUrl = (lang: string) => apiUrl('/portal/copy.pdf', { lang });
export const ourCopyJsonUrl = () => apiUrl('/portal/copy.json');
