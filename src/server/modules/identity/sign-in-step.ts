import type { SignInStep } from '../../../contracts/identity';
import type { Executor } from '../../platform/db/database';
import { hasEmailSecondFactor } from './email-code.repository';
import type { UserRow } from './identity.repository';
import { hasPasskey } from './passkeys.repository';
import { findSecondFactorRule, hasConfirmedSecondFactor, isEnrolmentDue } from './second-factor.repository';
import { mayUseEmailCode, mustUseSecondFactor } from './second-factor-policy';

/**
 * What is still due after a right password (ADR 036, 040, 051): the code or passkey of a person
 * who has one (an app, a passkey, or a mailbox they proved), the enrolment of one whose second factor an administrator reset or whom the
 * collaboration's rule requires it of, or nothing.
 */
export async function signInStepOf(db: Executor, user: UserRow): Promise<SignInStep | null> {
  if ((await hasConfirmedSecondFactor(db, user.id)) || (await hasPasskey(db, user.id))) return 'secondFactor';
  const rule = await findSecondFactorRule(db, user.collaborationId);
  // A mailed code counts only while the rule allows it for this person (ADR 051); a staff member
  // whose rule tightened links an app or a passkey at the next sign-in.
  if ((await hasEmailSecondFactor(db, user.id)) && mayUseEmailCode(rule, user.roles)) return 'secondFactor';
  if (await isEnrolmentDue(db, user.id)) return 'enrolment';
  return mustUseSecondFactor(rule, user.roles) ? 'enrolment' : null;
}
