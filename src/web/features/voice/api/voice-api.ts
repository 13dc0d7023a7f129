import type {
  AnswerCorrectionBody,
  CorrectionBody,
  CorrectionDto,
  EditWordsBody,
  EntryDto,
  FamilyMessageDto,
  FamilyVoiceDto,
  MessageBody,
  PlanResponseBody,
  PortalVoiceDto,
  VoiceWeekDto,
  WordsBody,
} from '../../../../contracts/voice';
import { api } from '../../../lib/api';

// The worker's side (R16): what the family said, answered from the family file.
export const getFamilyVoice = (familyId: string) => api.get<FamilyVoiceDto>(`/families/${familyId}/voice`);
export const markVoiceSeen = (familyId: string) =>
  api.post<FamilyVoiceDto>(`/families/${familyId}/voice/seen`);
export const answerCorrection = (familyId: string, correctionId: string, body: AnswerCorrectionBody) =>
  api.post<CorrectionDto>(`/families/${familyId}/corrections/${correctionId}/answer`, body);
export const replyToFamily = (familyId: string, body: MessageBody) =>
  api.post<FamilyMessageDto>(`/families/${familyId}/messages`, body);
export const getVoiceWeek = () => api.get<VoiceWeekDto>('/voice/week');

// The family's side, in its portal: always its own family (the session says which).
export const getPortalVoice = () => api.get<PortalVoiceDto>('/portal/voice');
export const addOurWords = (body: WordsBody) => api.post<EntryDto>('/portal/words', body);
export const editOurWords = (entryId: string, body: EditWordsBody) =>
  api.put<EntryDto>(`/portal/words/${entryId}`, body);
export const withdrawOurWords = (entryId: string) => api.delete<EntryDto>(`/portal/words/${entryId}`);
export const respondToPlan = (body: PlanResponseBody) =>
  api.post<PortalVoiceDto>('/portal/plan/responses', body);
export const askCorrection = (body: CorrectionBody) => api.post<CorrectionDto>('/portal/corrections', body);
export const sendFamilyMessage = (body: MessageBody) => api.post<FamilyMessageDto>('/portal/messages', body);
