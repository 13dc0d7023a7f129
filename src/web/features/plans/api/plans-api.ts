import type {
  AgreementBody,
  PlanComparisonDto,
  PlanDto,
  PlanVersionDto,
  SavePlanBody,
} from '../../../../contracts/plans';
import { api } from '../../../lib/api';

const plan = (id: string) => `/families/${id}/plan`;

export const getPlan = (id: string) => api.get<PlanDto>(plan(id));
export const savePlan = (id: string, body: SavePlanBody) => api.put<PlanDto>(plan(id), body);
export const getPlanVersion = (id: string, version: number) =>
  api.get<PlanVersionDto>(`${plan(id)}/versions/${version}`);
export const comparePlanVersions = (id: string, from: number, to: number) =>
  api.get<PlanComparisonDto>(`${plan(id)}/compare`, { from, to });
export const recordAgreement = (id: string, version: number, body: AgreementBody) =>
  api.post<PlanDto>(`${plan(id)}/versions/${version}/agreement`, body);
