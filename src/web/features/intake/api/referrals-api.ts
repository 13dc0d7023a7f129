import type {
  CreateReferralBody,
  DecisionBody,
  DuplicateCheckBody,
  DuplicateReviewBody,
  FamilyIdentityBody,
  ListReferralsQuery,
  PossibleDuplicateDto,
  ReferralDto,
  ReferralSummaryDto,
} from '../../../../contracts/intake';
import { api, apiRequest } from '../../../lib/api';

export type ReferralListFilters = Partial<Omit<ListReferralsQuery, 'limit' | 'offset'>>;
export type ReferralPage = { items: ReferralSummaryDto[]; total: number };

export async function listReferrals(
  filters: ReferralListFilters,
  page: { limit: number; offset: number },
): Promise<ReferralPage> {
  const { data, headers } = await apiRequest<ReferralSummaryDto[]>('/referrals', {
    query: { ...filters, ...page },
  });
  // The API answers an array with the total in x-total-count.
  const total = Number(headers.get('x-total-count'));
  return { items: data, total: Number.isFinite(total) && total > 0 ? total : data.length };
}

export const getReferral = (id: string) => api.get<ReferralDto>(`/referrals/${id}`);

export const createReferral = (body: CreateReferralBody) => api.post<ReferralDto>('/referrals', body);

export const checkDuplicates = (body: DuplicateCheckBody) =>
  api.post<{ candidates: PossibleDuplicateDto[] }>('/referrals/duplicate-check', body);

export const decideReferral = (id: string, body: DecisionBody) =>
  api.post<ReferralDto>(`/referrals/${id}/decision`, body);

export const reviewDuplicate = (id: string, body: DuplicateReviewBody) =>
  api.post<ReferralDto>(`/referrals/${id}/duplicate-review`, body);

export const recordPerspectiveConversation = (id: string, heldOn: string) =>
  api.put<ReferralDto>(`/referrals/${id}/perspective-conversation`, { heldOn });

/** R31: the family agreed to be known; its members' names and birth dates are added. */
export const addFamilyIdentity = (id: string, body: FamilyIdentityBody) =>
  api.post<ReferralDto>(`/referrals/${id}/identity`, body);
