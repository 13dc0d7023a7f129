import type {
  AcceptExtensionBody,
  CareWeekBody,
  CloseTrajectoryBody,
  ContactBody,
  ContactDto,
  ExtensionBody,
  PlanMeetingBody,
  RecordMeetingBody,
  StartTrajectoryBody,
  TrajectoryDto,
  UpdateTrajectoryBody,
} from '../../../../contracts/trajectories';
import type {
  CaseloadResponse,
  MyFamilyDto,
  WaitingListResponse,
  WeekResponse,
} from '../../../../contracts/worklist';
import { api } from '../../../lib/api';

const t = (id: string) => `/trajectories/${id}`;

export const listTrajectories = (familyId: string) =>
  api.get<TrajectoryDto[]>(`/families/${familyId}/trajectories`);
export const startTrajectory = (familyId: string, body: StartTrajectoryBody) =>
  api.post<TrajectoryDto>(`/families/${familyId}/trajectories`, body);
export const updateTrajectory = (id: string, body: UpdateTrajectoryBody) =>
  api.put<TrajectoryDto>(t(id), body);
export const requestExtension = (id: string, body: ExtensionBody) =>
  api.post<TrajectoryDto>(`${t(id)}/extension`, body);
export const acceptExtension = (id: string, body: AcceptExtensionBody) =>
  api.post<TrajectoryDto>(`${t(id)}/extension/accept`, body);
export const closeTrajectory = (id: string, body: CloseTrajectoryBody) =>
  api.post<TrajectoryDto>(`${t(id)}/close`, body);
export const planMeeting = (id: string, body: PlanMeetingBody) =>
  api.post<TrajectoryDto>(`${t(id)}/meetings`, body);
export const recordMeeting = (id: string, meetingId: string, body: RecordMeetingBody) =>
  api.put<TrajectoryDto>(`${t(id)}/meetings/${meetingId}`, body);
export const recordCareWeek = (id: string, week: number, body: CareWeekBody) =>
  api.put<TrajectoryDto>(`${t(id)}/care-weeks/${week}`, body);
export const listContacts = (familyId: string) => api.get<ContactDto[]>(`/families/${familyId}/contacts`);
export const recordContact = (familyId: string, body: ContactBody) =>
  api.post<ContactDto>(`/families/${familyId}/contacts`, body);

export const getWeek = (scope: 'mine' | 'all') => api.get<WeekResponse>('/worklist/week', { scope });
export const getMyFamilies = (scope: 'mine' | 'all') =>
  api.get<MyFamilyDto[]>('/worklist/families', { scope });
export const getWaitingList = () => api.get<WaitingListResponse>('/worklist/waiting-list');
export const getCaseload = () => api.get<CaseloadResponse>('/worklist/caseload');
