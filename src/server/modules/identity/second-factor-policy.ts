// Who must sign in with a second factor (ADR 036). Family files hold children's data: by default
// every role that opens them needs one. A collaboration may widen it to everyone, or (the demo)
// switch it off; a person who enrolled of their own accord is asked for the code either way.
import type { SecondFactorRule } from '../../../contracts/identity';
import { can, type Role } from '../../../domain/roles';

export const DEFAULT_SECOND_FACTOR_RULE: SecondFactorRule = 'familyFileRoles';

export function mustUseSecondFactor(rule: SecondFactorRule, roles: readonly Role[]): boolean {
  if (rule === 'everyone') return true;
  if (rule === 'nobody') return false;
  // Issue 15: the platform administrator hands out coordinator accounts, which open family files.
  return can(roles, 'family:read') || can(roles, 'platform:manage');
}
