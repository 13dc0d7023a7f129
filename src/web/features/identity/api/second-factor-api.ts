import type {
  EmailCodeSentDto,
  EnrolledDto,
  EnrolmentDto,
  SecondFactorBody,
  SecondFactorOptionsDto,
  SecondFactorPolicyBody,
  SecondFactorStatusDto,
  SessionResponse,
  SignedInSessionDto,
} from '../../../../contracts/identity';
import { api } from '../../../lib/api';

export const verifySecondFactor = (body: SecondFactorBody) =>
  api.post<SessionResponse>('/auth/second-factor/verify', body);

export const getSecondFactorStatus = () => api.get<SecondFactorStatusDto>('/auth/second-factor');

export const startEnrolment = () => api.post<EnrolmentDto>('/auth/second-factor/enrolment');

export const confirmEnrolment = (code: string) =>
  api.post<EnrolledDto>('/auth/second-factor/enrolment/confirm', { code });

export const listSessions = () => api.get<SignedInSessionDto[]>('/auth/sessions');

export const revokeSession = (id: string) => api.delete<void>(`/auth/sessions/${id}`);

export const revokeOtherSessions = () => api.post<{ ended: number }>('/auth/sessions/sign-out-others');

export const getSecondFactorPolicy = () => api.get<SecondFactorPolicyBody>('/auth/second-factor-policy');

export const saveSecondFactorPolicy = (body: SecondFactorPolicyBody) =>
  api.put<SecondFactorPolicyBody>('/auth/second-factor-policy', body);

// A code by e-mail (ADR 051): which steps are open, mail a code, prove the mailbox with it.
export const getSecondFactorOptions = () => api.get<SecondFactorOptionsDto>('/auth/second-factor/options');

export const sendEmailCode = () => api.post<EmailCodeSentDto>('/auth/second-factor/email-code');

export const confirmEmailEnrolment = (code: string) =>
  api.post<EnrolledDto>('/auth/second-factor/email-enrolment/confirm', { code });
