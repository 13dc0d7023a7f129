// The governance API as the web app calls it; every type comes from the shared contracts.
import type {
  AdviceBody,
  AdviceRoundDto,
  AdviceRoundInput,
  ObjectionClosingBody,
  RoundDecisionBody,
} from '../../../../contracts/governance/advice';
import type {
  BodyDto,
  BodyInput,
  BodyMemberInput,
  BodySummaryDto,
  PersonDto,
} from '../../../../contracts/governance/bodies';
import type {
  AgendaItemInput,
  AgendaItemUpdate,
  AttachmentUpload,
  AttendanceBody,
  CompletenessQuery,
  CompletenessResponse,
  FigureSnapshotDto,
  FreezeFiguresBody,
  MeetingDto,
  MeetingInput,
  MeetingSummaryDto,
  MeetingsQuery,
  MeetingUpdate,
  PreviousMinutesBody,
} from '../../../../contracts/governance/meetings';
import type {
  AgreementDto,
  AgreementInput,
  DecisionDto,
  DecisionInput,
  DecisionsQuery,
  DecisionUpdate,
  SignatureInput,
  TodoDto,
  TodoInput,
  TodoListResponse,
  TodosQuery,
  TodoUpdate,
} from '../../../../contracts/governance/outcomes';
import { api, apiRequest, apiUrl } from '../../../lib/api';

const G = '/governance';

export const listBodies = () => api.get<BodySummaryDto[]>(`${G}/bodies`);
export const getBody = (id: string) => api.get<BodyDto>(`${G}/bodies/${id}`);
export const createBody = (body: BodyInput) => api.post<BodyDto>(`${G}/bodies`, body);
export const updateBody = (id: string, body: BodyInput) => api.put<BodyDto>(`${G}/bodies/${id}`, body);
export const addMember = (id: string, body: BodyMemberInput) =>
  api.post<BodyDto>(`${G}/bodies/${id}/members`, body);
export const updateMember = (id: string, memberId: string, body: BodyMemberInput) =>
  api.put<BodyDto>(`${G}/bodies/${id}/members/${memberId}`, body);
export const listPeople = () => api.get<PersonDto[]>(`${G}/people`);

export const listMeetings = (query: Partial<MeetingsQuery>) =>
  api.get<MeetingSummaryDto[]>(`${G}/meetings`, query);
export const getMeeting = (id: string) => api.get<MeetingDto>(`${G}/meetings/${id}`);
export const planMeeting = (body: MeetingInput) => api.post<MeetingDto>(`${G}/meetings`, body);
export const updateMeeting = (id: string, body: MeetingUpdate) =>
  api.put<MeetingDto>(`${G}/meetings/${id}`, body);
export const addAgendaItem = (id: string, body: AgendaItemInput) =>
  api.post<MeetingDto>(`${G}/meetings/${id}/agenda-items`, body);
export const updateAgendaItem = (id: string, itemId: string, body: AgendaItemUpdate) =>
  api.put<MeetingDto>(`${G}/meetings/${id}/agenda-items/${itemId}`, body);
export const removeAgendaItem = async (id: string, itemId: string) =>
  (await apiRequest<MeetingDto>(`${G}/meetings/${id}/agenda-items/${itemId}`, { method: 'DELETE' })).data;
export const attachDocument = (id: string, itemId: string, body: AttachmentUpload) =>
  api.post<MeetingDto>(`${G}/meetings/${id}/agenda-items/${itemId}/attachments`, body);
export const sendInvitation = (id: string) => api.post<MeetingDto>(`${G}/meetings/${id}/invitation`);
export const recordAttendance = (id: string, body: AttendanceBody) =>
  api.put<MeetingDto>(`${G}/meetings/${id}/attendance`, body);
export const recordPreviousMinutes = (id: string, body: PreviousMinutesBody) =>
  api.put<MeetingDto>(`${G}/meetings/${id}/previous-minutes`, body);
export const shareMinutes = (id: string) => api.post<MeetingDto>(`${G}/meetings/${id}/minutes/share`);
export const checkCompleteness = (id: string, query: CompletenessQuery) =>
  api.get<CompletenessResponse>(`${G}/meetings/${id}/figures/completeness`, query);
export const freezeFigures = (id: string, body: FreezeFiguresBody) =>
  api.post<FigureSnapshotDto>(`${G}/meetings/${id}/figures`, body);

/** Plain links: the browser downloads them with the session cookie. */
export const minutesUrl = (id: string, format: 'docx' | 'pdf') =>
  apiUrl(`${G}/meetings/${id}/minutes.${format}`);
export const invitationUrl = (id: string) => apiUrl(`${G}/meetings/${id}/invitation.ics`);
export const documentUrl = (id: string) => apiUrl(`${G}/documents/${id}`);

export const openAdviceRound = (body: AdviceRoundInput) =>
  api.post<AdviceRoundDto>(`${G}/advice-rounds`, body);
export const giveAdvice = (roundId: string, memberId: string, body: AdviceBody) =>
  api.put<AdviceRoundDto>(`${G}/advice-rounds/${roundId}/advice/${memberId}`, body);
export const closeObjection = (roundId: string, adviceId: string, body: ObjectionClosingBody) =>
  api.post<AdviceRoundDto>(`${G}/advice-rounds/${roundId}/objections/${adviceId}/closing`, body);
export const decideAdviceRound = (roundId: string, body: RoundDecisionBody) =>
  api.post<AdviceRoundDto>(`${G}/advice-rounds/${roundId}/decision`, body);

export const listDecisions = (query: Partial<DecisionsQuery>) =>
  api.get<DecisionDto[]>(`${G}/decisions`, query);
export const recordDecision = (body: DecisionInput) => api.post<DecisionDto>(`${G}/decisions`, body);
export const updateDecision = (id: string, body: DecisionUpdate) =>
  api.put<DecisionDto>(`${G}/decisions/${id}`, body);
export const listTodos = (query: Partial<TodosQuery>) => api.get<TodoListResponse>(`${G}/todos`, query);
export const createTodo = (body: TodoInput) => api.post<TodoDto>(`${G}/todos`, body);
export const updateTodo = (id: string, body: TodoUpdate) => api.put<TodoDto>(`${G}/todos/${id}`, body);

export const listAgreements = () => api.get<AgreementDto[]>(`${G}/agreements`);
export const createAgreement = (body: AgreementInput) => api.post<AgreementDto>(`${G}/agreements`, body);
export const recordSignature = (id: string, body: SignatureInput) =>
  api.post<AgreementDto>(`${G}/agreements/${id}/signatures`, body);
