import type {
  FundingOverviewResponse,
  LineYearInput,
  PilotInput,
  QuarterlyOverviewResponse,
  SpendingEntryDto,
  SpendingInput,
} from '../../../../contracts/funding';
import { api } from '../../../lib/api';

export const getFundingOverview = (year: number) =>
  api.get<FundingOverviewResponse>('/reports/funding', { year });

export const saveLineYear = (code: string, year: number, body: LineYearInput) =>
  api.put<{ ok: true }>(`/funding-lines/${encodeURIComponent(code)}/years/${year}`, body);

export const recordSpending = (code: string, body: SpendingInput) =>
  api.post<{ ok: true }>(`/funding-lines/${encodeURIComponent(code)}/spending`, body);

export const createPilot = (body: PilotInput) => api.post<{ ok: true }>('/funding/pilots', body);

export const getQuarterlyOverview = (year: number) =>
  api.get<QuarterlyOverviewResponse>('/reports/funding/quarters', { year });

export const getLedger = (code: string, year: number) =>
  api.get<SpendingEntryDto[]>(`/funding-lines/${encodeURIComponent(code)}/spending`, { year });

export const cancelSpending = (code: string, id: string, reason: string) =>
  api.post<SpendingEntryDto>(`/funding-lines/${encodeURIComponent(code)}/spending/${id}/cancel`, { reason });
