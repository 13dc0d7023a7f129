import type {
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/browser';
import type { AddPasskeyBody, PasskeyDto } from '../../../../contracts/passkeys';
import { api } from '../../../lib/api';

// Passkeys (ADR 040): the options are handed to the browser as the server made them.
export const listPasskeys = () => api.get<PasskeyDto[]>('/auth/passkeys');
export const startPasskeyRegistration = () =>
  api.post<PublicKeyCredentialCreationOptionsJSON>('/auth/passkeys/registration-options');
export const addPasskey = (body: AddPasskeyBody) => api.post<PasskeyDto>('/auth/passkeys', body);
export const removePasskey = (id: string) => api.delete<void>(`/auth/passkeys/${id}`);
export const startPasskeySignIn = () =>
  api.post<PublicKeyCredentialRequestOptionsJSON>('/auth/second-factor/passkey-options');
