import { z } from 'zod';
import { ROLES } from '../domain/roles';
import { LOCALES } from './common';
import { authenticationResponse } from './passkeys';

export const loginBody = z.object({
  /** An e-mail address, or a family member's sign-in name (ADR 044). */
  email: z.string().trim().min(1).max(254),
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

// ── Second factor (ADR 036) ──

/** Who must sign in with a second factor: roles that open family files (default), everyone, nobody. */
export const SECOND_FACTOR_RULES = ['familyFileRoles', 'everyone', 'nobody'] as const;
export type SecondFactorRule = (typeof SECOND_FACTOR_RULES)[number];

/** What a half-signed-in session still has to do: give its code, or enrol first. */
export const SIGN_IN_STEPS = ['secondFactor', 'enrolment'] as const;
export type SignInStep = (typeof SIGN_IN_STEPS)[number];

/** The answer of a right password when a second step is due: no user, no access yet. */
export const signInStepResponse = z.object({ step: z.enum(SIGN_IN_STEPS), csrfToken: z.string() });
export type SignInStepResponse = z.infer<typeof signInStepResponse>;

export const loginResponse = z.union([sessionResponse, signInStepResponse]);
export type LoginResponse = z.infer<typeof loginResponse>;

/** Who must use a second factor in the collaboration; set by whoever sets the session policy. */
export const secondFactorPolicyBody = z.object({ requiredFor: z.enum(SECOND_FACTOR_RULES) });
export type SecondFactorPolicyBody = z.infer<typeof secondFactorPolicyBody>;

/** A code from the authenticator app (6 digits), one of the recovery codes, or a passkey's answer (ADR 040). */
export const secondFactorBody = z.union([
  z.object({ code: z.string().regex(/^\d{6}$/) }),
  z.object({ recoveryCode: z.string().min(10).max(20) }),
  z.object({ passkey: authenticationResponse }),
  z.object({ emailCode: z.string().regex(/^\d{6}$/) }),
]);
export type SecondFactorBody = z.infer<typeof secondFactorBody>;

export const confirmEnrolmentBody = z.object({ code: z.string().regex(/^\d{6}$/) });

/** Shown once, when enrolment starts: the secret as a QR code and as text to type. */
export const enrolmentDto = z.object({ secret: z.string(), otpauthUri: z.string(), qrCodeSvg: z.string() });
export type EnrolmentDto = z.infer<typeof enrolmentDto>;

/** Shown once, when enrolment is confirmed; a half-signed-in person is now signed in too. */
export const enrolledDto = z.object({
  recoveryCodes: z.array(z.string()),
  session: sessionResponse.nullable(),
});
export type EnrolledDto = z.infer<typeof enrolledDto>;

/** A code by e-mail (ADR 051) is on its way: to which mailbox (masked), how long it works, when to ask again. */
export const emailCodeSentDto = z.object({
  sentTo: z.string(),
  validMinutes: z.number().int(),
  resendAfterSeconds: z.number().int(),
});
export type EmailCodeSentDto = z.infer<typeof emailCodeSentDto>;

/**
 * What the person can use for the second step (ADR 051), readable while half signed in: the
 * sign-in screen offers the mailed code only to whom it counts for, enrolment offers it where allowed.
 */
export const secondFactorOptionsDto = z.object({
  authenticator: z.boolean(),
  passkey: z.boolean(),
  emailCode: z.boolean(),
  emailCodeAllowed: z.boolean(),
});
export type SecondFactorOptionsDto = z.infer<typeof secondFactorOptionsDto>;

export const secondFactorStatusDto = z.object({
  isEnrolled: z.boolean(),
  isRequired: z.boolean(),
  recoveryCodesLeft: z.number().int(),
});
export type SecondFactorStatusDto = z.infer<typeof secondFactorStatusDto>;

/** Where a person is signed in (ADR 037): device from the user agent, the network, not the address. */
export const signedInSessionDto = z.object({
  id: z.string(),
  device: z.string(),
  network: z.string(),
  signedInAt: z.string(),
  lastSeenAt: z.string(),
  isCurrent: z.boolean(),
});
export type SignedInSessionDto = z.infer<typeof signedInSessionDto>;

// ── Forgot password (ADR 037) ──
export const passwordResetRequestBody = z.object({ email: z.email().max(254) });
export type PasswordResetRequestBody = z.infer<typeof passwordResetRequestBody>;

export const resetPasswordBody = z.object({
  token: z.string().min(20).max(100),
  password: z.string().min(1).max(1000),
});
export type ResetPasswordBody = z.infer<typeof resetPasswordBody>;
