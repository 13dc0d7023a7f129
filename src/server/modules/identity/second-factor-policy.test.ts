import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../domain/roles';
import { DEFAULT_SECOND_FACTOR_RULE, mustUseSecondFactor } from './second-factor-policy';

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
