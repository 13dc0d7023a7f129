import type {
  AgreementBody,
  PlanComparisonDto,
  PlanDto,
  PlanVersionDto,
  SavePlanBody,
} from '../../../../contracts/plans';
import type { FamilyViewDto } from '../../../../contracts/portal';
import { api, apiUrl } from '../../../lib/api';

const plan = (id: string) => `/families/${id}/plan`;

export const getPlan = (id: string) => api.get<PlanDto>(plan(id));
export const savePlan = (id: string, body: SavePlanBody) => api.put<PlanDto>(plan(id), body);
export const getPlanVersion = (id: string, version: number) =>
  api.get<PlanVersionDto>(`${plan(id)}/versions/${version}`);
export const comparePlanVersions = (id: string, from: number, to: number) =>
  api.get<PlanComparisonDto>(`${plan(id)}/compare`, { from, to });
export const recordAgreement = (id: string, version: number, body: AgreementBody) =>
  api.post<PlanDto>(`${plan(id)}/versions/${version}/agreement`, body);
export const getFamilyView = (id: string) => api.get<FamilyViewDto>(`/families/${id}/family-view`);
/** The printable plan: opened in a new tab, the session cookie is enough for a GET. */
export const planPdfUrl = (id: string, lang: string) => apiUrl(`/families/${id}/plan.pdf`, { lang });
