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

/**
 * Who may choose "a code by e-mail" (ADR 051). A family member always may: an app is a hurdle
 * for many families, and their mailbox is theirs. Staff only where the collaboration's rule does
 * not require a second factor of them: a mailbox opened with the same password a phisher just
 * took is no second factor worth requiring for people who open children's files.
 */
export function mayUseEmailCode(rule: SecondFactorRule, roles: readonly Role[]): boolean {
  // A family account holds no role (ADR 044).
  if (roles.length === 0) return true;
  return !mustUseSecondFactor(rule, roles);
}
