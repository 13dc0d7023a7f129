import type { SignInStep } from '../../../contracts/identity';
import type { Executor } from '../../platform/db/database';
import type { UserRow } from './identity.repository';
import { hasPasskey } from './passkeys.repository';
import { findSecondFactorRule, hasConfirmedSecondFactor, isEnrolmentDue } from './second-factor.repository';
import { mustUseSecondFactor } from './second-factor-policy';

/**
 * What is still due after a right password (ADR 036, 040): the code or passkey of a person who
 * has one, the enrolment of one whose second factor an administrator reset or whom the
 * collaboration's rule requires it of, or nothing.
 */
export async function signInStepOf(db: Executor, user: UserRow): Promise<SignInStep | null> {
  if ((await hasConfirmedSecondFactor(db, user.id)) || (await hasPasskey(db, user.id))) return 'secondFactor';
  if (await isEnrolmentDue(db, user.id)) return 'enrolment';
  const rule = await findSecondFactorRule(db, user.collaborationId);
  return mustUseSecondFactor(rule, user.roles) ? 'enrolment' : null;
}
