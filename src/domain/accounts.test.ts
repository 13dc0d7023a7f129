import { describe, expect, it } from 'vitest';
import {
  accountStatus,
  canGrantRoles,
  INVITATION_VALID_DAYS,
  invitationExpiresAt,
  invitationState,
} from './accounts';

const created = new Date('2026-03-02T09:00:00Z');
const expiresAt = invitationExpiresAt(created);
const open = { usedAt: null, revokedAt: null, expiresAt };

describe('invitations (issue 12)', () => {
  it(`expire ${INVITATION_VALID_DAYS} days after they were sent: the instant before works, the deadline does not`, () => {
    expect(expiresAt.toISOString()).toBe('2026-03-09T09:00:00.000Z');
    expect(invitationState(open, new Date('2026-03-09T08:59:59Z'))).toBe('open');
    expect(invitationState(open, new Date('2026-03-09T09:00:00Z'))).toBe('expired');
    expect(invitationState(open, new Date('2026-03-09T09:00:01Z'))).toBe('expired');
  });

  it('are used once: a used invitation says so, even after it expired or was revoked', () => {
    const used = { ...open, usedAt: created, revokedAt: created };
    expect(invitationState(used, created)).toBe('used');
    expect(invitationState(used, new Date('2027-01-01T00:00:00Z'))).toBe('used');
  });

  it('are revoked by a newer one', () => {
    expect(invitationState({ ...open, revokedAt: created }, created)).toBe('revoked');
  });
});

describe('who grants which roles', () => {
  it('only an administrator makes another administrator', () => {
    expect(canGrantRoles(['coordinator'], ['liaisonWorker', 'coach'])).toBe(true);
    expect(canGrantRoles(['coordinator'], ['liaisonWorker', 'administrator'])).toBe(false);
    expect(canGrantRoles(['administrator'], ['administrator'])).toBe(true);
    // Issue 15: a role above collaborations is never handed out from inside one.
    expect(canGrantRoles(['administrator'], ['platformAdministrator'])).toBe(false);
    expect(canGrantRoles(['administrator', 'platformAdministrator'], ['platformAnalyst'])).toBe(false);
  });
});

describe('account status', () => {
  it('is deactivated before anything else, then invited until a password is set', () => {
    expect(accountStatus({ isActive: false, hasPassword: true })).toBe('deactivated');
    expect(accountStatus({ isActive: false, hasPassword: false })).toBe('deactivated');
    expect(accountStatus({ isActive: true, hasPassword: false })).toBe('invited');
    expect(accountStatus({ isActive: true, hasPassword: true })).toBe('active');
  });
});
