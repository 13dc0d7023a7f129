// How long a session lives (ADR 018): it ends after a while without activity (a PC left
// unlocked in a shared office) and in any case after a working day, however active.

export type SessionPolicy = { idleMinutes: number; maxHours: number };

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMinutes: 30, maxHours: 12 };
// A collaboration chooses within 5–480 idle minutes and 1–24 hours (contracts/identity.ts and a
// check constraint on session_policies).

const MINUTE = 60 * 1000;

/** The moment the session ends: its idle deadline or its absolute one, whichever comes first. */
export function sessionEndsAt(policy: SessionPolicy, session: { createdAt: Date; lastSeenAt: Date }): Date {
  const idle = session.lastSeenAt.getTime() + policy.idleMinutes * MINUTE;
  const absolute = session.createdAt.getTime() + policy.maxHours * 60 * MINUTE;
  return new Date(Math.min(idle, absolute));
}
