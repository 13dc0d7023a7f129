import type {
  EnrolledDto,
  EnrolmentDto,
  SecondFactorBody,
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
