import { describe, expect, it } from 'vitest';
import { invitationTokenHash, newInvitationCode, newSignInName } from './invitation-code';

describe('one-time codes (ADR 044)', () => {
  it('are XXXX-XXXX without look-alike characters', () => {
    for (let i = 0; i < 50; i += 1)
      expect(newInvitationCode()).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
  });
  it('match however the family types them: any case, with or without the dash or a space', () => {
    const code = newInvitationCode();
    const hash = invitationTokenHash(code);
    expect(invitationTokenHash(code.toLowerCase())).toBe(hash);
    expect(invitationTokenHash(code.replace('-', ''))).toBe(hash);
    expect(invitationTokenHash(` ${code.replace('-', ' ')} `)).toBe(hash);
  });
  it('sign-in names hold letters and digits only, never an @', () => {
    expect(newSignInName('Zoë-Anne')).toMatch(/^zoeanne\d{4}$/);
    expect(newSignInName(null)).toMatch(/^gezin\d{4}$/);
  });
});
