import { z } from 'zod';
import { ROLES } from '../domain/roles';
import { LOCALES } from './common';

export const loginBody = z.object({
  email: z.email().max(254),
  password: z.string().min(1).max(200),
});
export type LoginBody = z.infer<typeof loginBody>;

export const userDto = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(ROLES)),
  permissions: z.array(z.string()),
  locale: z.enum(LOCALES),
  collaboration: z.object({ id: z.uuid(), name: z.string() }),
  organisation: z.object({ id: z.uuid(), name: z.string(), kind: z.string() }).nullable(),
});
export type UserDto = z.infer<typeof userDto>;

export const sessionResponse = z.object({ user: userDto, csrfToken: z.string() });
export type SessionResponse = z.infer<typeof sessionResponse>;

export const localeBody = z.object({ locale: z.enum(LOCALES) });

// How long sessions live in a collaboration (ADR 018); the bounds are the server's too.
export const sessionPolicyBody = z.object({
  idleMinutes: z.number().int().min(5).max(480),
  maxHours: z.number().int().min(1).max(24),
});
export type SessionPolicyBody = z.infer<typeof sessionPolicyBody>;

/** An account that cannot sign in now because of too many failed attempts (ADR 018). */
export const lockedAccountDto = z.object({
  id: z.uuid(),
  displayName: z.string(),
  lockedUntil: z.string(),
});
export type LockedAccountDto = z.infer<typeof lockedAccountDto>;
