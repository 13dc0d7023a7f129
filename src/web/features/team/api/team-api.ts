import type {
  AbsenceInput,
  AssignByAvailabilityBody,
  AssignmentDecisionsResponse,
  AssignmentSuggestionResponse,
  EditWorkerInput,
  NewWorkerInput,
  TeamCaseloadResponse,
  TeamResponse,
  TypeModuleInput,
} from '../../../../contracts/team';
import { api } from '../../../lib/api';

// Every change answers with the whole team, so the breaches (R11) on screen are always current.
export const getTeam = () => api.get<TeamResponse>('/team');

export const createWorker = (body: NewWorkerInput) => api.post<TeamResponse>('/team/workers', body);

export const changeWorker = (id: string, body: EditWorkerInput) =>
  api.put<TeamResponse>(`/team/workers/${id}`, body);

export const recordAbsence = (workerId: string, body: AbsenceInput) =>
  api.post<TeamResponse>(`/team/workers/${workerId}/absences`, body);

export const removeAbsence = (workerId: string, absenceId: string) =>
  api.delete<TeamResponse>(`/team/workers/${workerId}/absences/${absenceId}`);

export const createTypeModule = (body: TypeModuleInput) => api.post<TeamResponse>('/team/type-modules', body);

export const changeTypeModule = (id: string, body: TypeModuleInput) =>
  api.put<TeamResponse>(`/team/type-modules/${id}`, body);

// R10: caseload per FTE, and assignment by availability.
export const getTeamCaseload = () => api.get<TeamCaseloadResponse>('/team/caseload');

export const getAssignmentSuggestion = (familyId: string) =>
  api.get<AssignmentSuggestionResponse>('/team/assignment-suggestion', { familyId });

export const assignByAvailability = (body: AssignByAvailabilityBody) =>
  api.post<AssignmentSuggestionResponse>('/team/assignments', body);

export const getAssignmentDecisions = () =>
  api.get<AssignmentDecisionsResponse>('/team/assignment-decisions');
