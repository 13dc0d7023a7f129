import { z } from 'zod';
import { requiredText, token } from './common';

// Passkeys (WebAuthn) beside the authenticator app (ADR 040). The browser's answers are checked
// in shape here and in substance by @simplewebauthn/server.

const b64url = token(4096).regex(/^[A-Za-z0-9_-]*$/);
const TRANSPORTS = ['ble', 'cable', 'hybrid', 'internal', 'nfc', 'smart-card', 'usb'] as const;
// Extensions eenplan asks for none of: what a browser adds beyond these is dropped.
const clientExtensionResults = z.object({
  appid: z.boolean().optional(),
  credProps: z.object({ rk: z.boolean().optional() }).optional(),
  hmacCreateSecret: z.boolean().optional(),
});
const transports = z.array(z.enum(TRANSPORTS)).max(10).optional();

/** `navigator.credentials.create()`'s answer as @simplewebauthn/browser sends it. */
export const registrationResponse = z.object({
  id: b64url,
  rawId: b64url,
  type: z.literal('public-key'),
  response: z.object({
    clientDataJSON: b64url,
    attestationObject: b64url,
    transports,
    publicKeyAlgorithm: z.number().int().optional(),
    publicKey: b64url.optional(),
    authenticatorData: b64url.optional(),
  }),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
  clientExtensionResults,
});

/** `navigator.credentials.get()`'s answer as @simplewebauthn/browser sends it. */
export const authenticationResponse = z.object({
  id: b64url,
  rawId: b64url,
  type: z.literal('public-key'),
  response: z.object({
    clientDataJSON: b64url,
    authenticatorData: b64url,
    signature: b64url,
    userHandle: b64url.optional(),
  }),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
  clientExtensionResults,
});

/** The options to hand to the browser as they are (challenge, relying party, credentials). */
export const webauthnOptionsDto = z.looseObject({ challenge: z.string() });

export const addPasskeyBody = z.object({
  /** The person's own name for it: "laptop", "phone". */
  name: requiredText(60),
  response: registrationResponse,
});
export type AddPasskeyBody = z.infer<typeof addPasskeyBody>;

export const passkeyDto = z.object({
  id: z.uuid(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});
export type PasskeyDto = z.infer<typeof passkeyDto>;
