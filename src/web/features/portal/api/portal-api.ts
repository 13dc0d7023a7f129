import type {
  FamilyAccountDto,
  FamilyInvitationBody,
  FamilyInvitationDto,
  FamilyViewDto,
  InstructionSheetBody,
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

// The worker's side of the family's door (issue 13, ADR 044): the accounts, invite, close.
export const listFamilyAccounts = (familyId: string) =>
  api.get<FamilyAccountDto[]>(`/families/${familyId}/family-accounts`);
export const inviteFamilyMember = (familyId: string, memberId: string, body: FamilyInvitationBody) =>
  api.post<FamilyInvitationDto>(`/families/${familyId}/members/${memberId}/account`, body);
export const deactivateFamilyAccount = (familyId: string, memberId: string) =>
  api.post<FamilyAccountDto>(`/families/${familyId}/members/${memberId}/account/deactivate`);
/** Only that the sheet was printed, and its language: the code stays in the browser. */
export const recordInstructionSheet = (familyId: string, memberId: string, body: InstructionSheetBody) =>
  api.post<void>(`/families/${familyId}/members/${memberId}/account/instruction-sheet`, body);
