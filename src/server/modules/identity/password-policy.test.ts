import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it('refuses fewer than 12 characters, counting characters rather than bytes', () => {
    expect(passwordProblem('x')).toBe('PASSWORD_TOO_SHORT');
    expect(passwordProblem('elf tekens!')).toBe('PASSWORD_TOO_SHORT');
    expect(passwordProblem('ééééééééééé')).toBe('PASSWORD_TOO_SHORT');
    expect(passwordProblem('twaalf teken')).toBeNull();
  });

  it('refuses common passwords of 12 characters or more, whatever their capitals', () => {
    expect(passwordProblem('qwerty123456')).toBe('PASSWORD_TOO_COMMON');
    expect(passwordProblem('1Qaz2Wsx3Edc')).toBe('PASSWORD_TOO_COMMON');
    expect(passwordProblem('Wachtwoord123')).toBe('PASSWORD_TOO_COMMON');
  });

  it('accepts the demo password and a passphrase', () => {
    expect(passwordProblem('eenplan-demo')).toBeNull();
    expect(passwordProblem('correct horse battery staple')).toBeNull();
  });

  it('refuses more than 200 characters (the sign-in form takes no more)', () => {
    expect(passwordProblem('a'.repeat(201))).toBe('PASSWORD_TOO_LONG');
  });
});
