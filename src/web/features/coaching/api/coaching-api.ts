import type {
  CoachesResponse,
  CoachMatchDto,
  CoachMatchesResponse,
  CoachWaitingListResponse,
  EndMatchInput,
  MatchInput,
} from '../../../../contracts/coaching';
import { api } from '../../../lib/api';

// R23: the central registration point of family coaching.
export const getCoachWaitingList = () => api.get<CoachWaitingListResponse>('/coaching/waiting-list');
export const getCoaches = () => api.get<CoachesResponse>('/coaching/coaches');
export const getCoachMatches = () => api.get<CoachMatchesResponse>('/coaching/matches');
export const matchFamily = (body: MatchInput) => api.post<CoachMatchDto>('/coaching/matches', body);
export const endMatch = (id: string, body: EndMatchInput) =>
  api.post<CoachMatchDto>(`/coaching/matches/${id}/end`, body);
