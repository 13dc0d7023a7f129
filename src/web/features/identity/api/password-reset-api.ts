import type { PasswordResetRequestBody, ResetPasswordBody } from '../../../../contracts/identity';
import { api } from '../../../lib/api';

export const requestPasswordReset = (body: PasswordResetRequestBody) =>
  api.post<null>('/auth/password-reset', body);

export const resetPassword = (body: ResetPasswordBody) =>
  api.post<null>('/auth/password-reset/confirm', body);
