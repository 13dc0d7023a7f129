import type { Executor } from '../../platform/db/database';
import { insertAuditEvents } from './audit.repository';

/**
 * What happens to an account at the door (ADR 018, 036, 037); never a password, a code or a
 * secret, never a typed address.
 */
export type AccountEventAction =
  | 'login'
  | 'login-failed'
  | 'logout'
  | 'unlock'
  | 'session-policy'
  | 'second-factor-due'
  | 'second-factor-failed'
  | 'second-factor-enrolled'
  | 'recovery-code-used'
  | 'session-revoked'
  | 'password-reset-requested'
  | 'password-reset-used'
  | 'sign-in-provider'
  // Issue 12: an invited person set their password, or an invitation link was refused.
  | 'invitation-accepted'
  | 'invitation-refused'
  // ADR 040: passkeys, and a lost second factor reset by an administrator or coordinator.
  | 'passkey-added'
  | 'passkey-removed'
  | 'second-factor-reset'
  // ADR 051: a sign-in or enrolment code was mailed (never the code itself).
  | 'email-code-sent'
  // Issue 12 point 6: how the person's reminders reach them (ADR 039).
  | 'reminder-preferences';

export type AccountEvent = {
  action: AccountEventAction;
  /** Null for a failed sign-in with an unknown address. */
  collaborationId: string | null;
  /** Whom it concerns: the account, or for an unknown address a hash of it. */
  entityType: 'account' | 'collaboration' | 'sign-in-provider';
  entityId: string;
  /** Who did it, when it is someone else than the account (an unlock by a coordinator). */
  actor?: { userId: string; displayName: string } | null;
  details?: Record<string, unknown>;
};

/** Sign-in, sign-out and lockout events, written without a signed-in actor where there is none. */
export async function recordAccountEvent(db: Executor, event: AccountEvent) {
  await insertAuditEvents(db, [
    {
      collaborationId: event.collaborationId,
      actorUserId: event.actor?.userId ?? null,
      actorDisplayName: event.actor?.displayName ?? null,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      details: event.details ?? null,
    },
  ]);
}
