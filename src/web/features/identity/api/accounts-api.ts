import type {
  AcceptInvitationBody,
  AccountDto,
  InvitationDto,
  InviteBody,
  ResetSecondFactorBody,
  RolesBody,
} from '../../../../contracts/accounts';
import type { LoginResponse } from '../../../../contracts/identity';
import { api } from '../../../lib/api';

export const listAccounts = () => api.get<AccountDto[]>('/accounts');
export const invitePerson = (body: InviteBody) => api.post<AccountDto>('/accounts', body);
export const changeRoles = (id: string, body: RolesBody) =>
  api.put<AccountDto>(`/accounts/${id}/roles`, body);
export const deactivatePerson = (id: string) => api.post<AccountDto>(`/accounts/${id}/deactivate`);
export const resetSecondFactor = (id: string, body: ResetSecondFactorBody) =>
  api.post<AccountDto>(`/accounts/${id}/second-factor/reset`, body);
export const reinvitePerson = (id: string) => api.post<AccountDto>(`/accounts/${id}/reinvite`);

export const lookupInvitation = (token: string) => api.post<InvitationDto>('/invitations/lookup', { token });
export const acceptInvitation = (body: AcceptInvitationBody) =>
  api.post<LoginResponse>('/invitations/accept', body);
