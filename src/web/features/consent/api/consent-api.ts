import type {
  AssessmentBody,
  AssessmentDto,
  ConsentDto,
  ConsentOverviewDto,
  FamilyConsentsDto,
  MarkBody,
  MarkDto,
  RecordConsentBody,
  ShareBody,
  SharingDto,
  WithdrawConsentBody,
} from '../../../../contracts/consent';
import type { OrganisationDto } from '../../../../contracts/network';
import { api } from '../../../lib/api';

export const getConsentOverview = (familyId: string) =>
  api.get<ConsentOverviewDto>(`/families/${familyId}/consent`);
export const recordConsent = (familyId: string, body: RecordConsentBody) =>
  api.post<ConsentDto>(`/families/${familyId}/consents`, body);
export const withdrawConsent = (familyId: string, consentId: string, body: WithdrawConsentBody) =>
  api.post<ConsentDto>(`/families/${familyId}/consents/${consentId}/withdrawal`, body);
export const shareWithPartner = (familyId: string, body: ShareBody) =>
  api.post<SharingDto>(`/families/${familyId}/sharings`, body);
export const assessCompetence = (familyId: string, body: AssessmentBody) =>
  api.post<AssessmentDto>(`/families/${familyId}/competence-assessments`, body);
/** The partners a consent or a sharing can name. */
export const listPartners = () => api.get<OrganisationDto[]>('/organisations');

// The family's own (portal): our consents and the sharing log, our own withdrawals.
export const getOurConsents = () => api.get<FamilyConsentsDto>('/portal/consents');
export const withdrawOurConsent = (consentId: string, body: WithdrawConsentBody) =>
  api.post<ConsentDto>(`/portal/consents/${consentId}/withdrawal`, body);

// R27, R28: the marks on a family's contacts, read and set by the worker.
export const listContactMarks = (familyId: string) =>
  api.get<MarkDto[]>(`/families/${familyId}/contact-marks`);
export const markContact = (familyId: string, contactId: string, body: MarkBody) =>
  api.put<MarkDto>(`/families/${familyId}/contacts/${contactId}/marks`, body);
