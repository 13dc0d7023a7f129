import type { EditOfferInput, OfferDto, OfferInput, SocialMapDto } from '../../../../contracts/socialmap';
import { api } from '../../../lib/api';

export type SocialMapSearch = { q?: string; age?: number; zone?: string; includeInactive?: boolean };

export function searchSocialMap(search: SocialMapSearch) {
  const params = new URLSearchParams();
  if (search.q?.trim()) params.set('q', search.q.trim());
  if (search.age !== undefined) params.set('age', String(search.age));
  if (search.zone) params.set('zone', search.zone);
  if (search.includeInactive) params.set('includeInactive', 'true');
  const query = params.toString();
  return api.get<SocialMapDto>(`/social-map${query ? `?${query}` : ''}`);
}

export const addOffer = (body: OfferInput) => api.post<OfferDto>('/social-map/offers', body);

export const editOffer = (id: string, body: EditOfferInput) =>
  api.put<OfferDto>(`/social-map/offers/${id}`, body);
