import type { Locale } from '../../../../contracts/common';
import type { LockedAccountDto, LoginBody, SessionResponse } from '../../../../contracts/identity';
import { api } from '../../../lib/api';

export const login = (body: LoginBody) => api.post<SessionResponse>('/auth/login', body);

export const logout = () => api.post<void>('/auth/logout');

export const saveLocale = (locale: Locale) => api.put<void>('/auth/locale', { locale });

export const listLockedAccounts = () => api.get<LockedAccountDto[]>('/users/locked');

export const unlockAccount = (userId: string) => api.post<void>(`/users/${userId}/unlock`);
