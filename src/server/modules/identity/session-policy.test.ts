import { describe, expect, it } from 'vitest';
import { DEFAULT_SESSION_POLICY, sessionEndsAt } from './session-policy';

const at = (iso: string) => new Date(iso);

describe('sessionEndsAt', () => {
  it('ends 30 minutes after the last activity by default', () => {
    const ends = sessionEndsAt(DEFAULT_SESSION_POLICY, {
      createdAt: at('2026-12-07T08:00:00Z'),
      lastSeenAt: at('2026-12-07T09:00:00Z'),
    });
    expect(ends).toEqual(at('2026-12-07T09:30:00Z'));
  });

  it('ends 12 hours after sign-in however active the session is', () => {
    const ends = sessionEndsAt(DEFAULT_SESSION_POLICY, {
      createdAt: at('2026-12-07T08:00:00Z'),
      lastSeenAt: at('2026-12-07T19:50:00Z'),
    });
    expect(ends).toEqual(at('2026-12-07T20:00:00Z'));
  });

  it('follows the policy of the collaboration', () => {
    const ends = sessionEndsAt(
      { idleMinutes: 60, maxHours: 8 },
      { createdAt: at('2026-12-07T08:00:00Z'), lastSeenAt: at('2026-12-07T09:00:00Z') },
    );
    expect(ends).toEqual(at('2026-12-07T10:00:00Z'));
  });
});
