import type {
  AssignmentBody,
  EditMemberBody,
  EditNetworkMemberBody,
  FamilyFileDto,
  FamilyReferralDto,
  FamilySearchQuery,
  FamilySearchResultDto,
  MemberBody,
  MergeCandidateDto,
  NetworkMemberBody,
  TeamMemberDto,
} from '../../../../contracts/families';
import { api } from '../../../lib/api';

const file = (id: string) => `/families/${id}`;

export const getFamilyFile = (id: string) => api.get<FamilyFileDto>(file(id));
export const searchFamilies = (query: FamilySearchQuery) =>
  api.get<FamilySearchResultDto[]>('/families', query);
export const getFamilyReferrals = (id: string) => api.get<FamilyReferralDto[]>(`${file(id)}/referrals`);
export const addMember = (id: string, body: MemberBody) =>
  api.post<FamilyFileDto>(`${file(id)}/members`, body);
export const editMember = (id: string, memberId: string, body: EditMemberBody) =>
  api.put<FamilyFileDto>(`${file(id)}/members/${memberId}`, body);
export const addNetworkMember = (id: string, body: NetworkMemberBody) =>
  api.post<FamilyFileDto>(`${file(id)}/network`, body);
export const editNetworkMember = (id: string, entryId: string, body: EditNetworkMemberBody) =>
  api.put<FamilyFileDto>(`${file(id)}/network/${entryId}`, body);
export const assignWorker = (id: string, body: AssignmentBody) =>
  api.post<FamilyFileDto>(`${file(id)}/assignments`, body);
export const endAssignment = (id: string, assignmentId: string, toOn: string) =>
  api.put<FamilyFileDto>(`${file(id)}/assignments/${assignmentId}/end`, { toOn });
export const listAssignable = () => api.get<TeamMemberDto[]>('/team/assignable');
export const listMergeCandidates = (id: string) =>
  api.get<MergeCandidateDto[]>(`${file(id)}/merge-candidates`);
export const mergeFamily = (id: string, mergeFamilyId: string) =>
  api.post<FamilyFileDto>(`${file(id)}/merge`, { mergeFamilyId });
