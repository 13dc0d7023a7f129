import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../domain/roles';
import { DEFAULT_SECOND_FACTOR_RULE, mayUseEmailCode, mustUseSecondFactor } from './second-factor-policy';

describe('who must use a second factor', () => {
  it('by default: exactly the roles that open family files, and the one that hands out such accounts', () => {
    const required = ROLES.filter((role) => mustUseSecondFactor(DEFAULT_SECOND_FACTOR_RULE, [role]));
    expect(required).toEqual(['coordinator', 'coach', 'liaisonWorker', 'platformAdministrator']);
  });

  it('a person with several roles needs one if any of them opens family files', () => {
    expect(mustUseSecondFactor('familyFileRoles', ['administrator', 'coordinator'])).toBe(true);
    expect(mustUseSecondFactor('familyFileRoles', ['administrator', 'steeringMember'])).toBe(false);
  });

  it('everyone, or nobody, when the collaboration says so', () => {
    expect(ROLES.every((role) => mustUseSecondFactor('everyone', [role]))).toBe(true);
    expect(ROLES.some((role) => mustUseSecondFactor('nobody', [role]))).toBe(false);
  });
});

describe('who may choose a code by e-mail (ADR 051)', () => {
  it('a family member (no role) always, whatever the rule', () => {
    expect(mayUseEmailCode('everyone', [])).toBe(true);
    expect(mayUseEmailCode('familyFileRoles', [])).toBe(true);
  });

  it('staff only where the rule does not require a second factor of them', () => {
    expect(mayUseEmailCode('familyFileRoles', ['coordinator'])).toBe(false);
    expect(mayUseEmailCode('familyFileRoles', ['staffOfficer'])).toBe(true);
    expect(mayUseEmailCode('everyone', ['staffOfficer'])).toBe(false);
    expect(mayUseEmailCode('nobody', ['coordinator'])).toBe(true);
  });
});
