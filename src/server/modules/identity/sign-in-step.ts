import type { SignInStep } from '../../../contracts/identity';
import type { Executor } from '../../platform/db/database';
import type { UserRow } from './identity.repository';
import { findSecondFactorRule, hasConfirmedSecondFactor } from './second-factor.repository';
import { mustUseSecondFactor } from './second-factor-policy';

/**
 * What is still due after a right password (ADR 036): the code of a person who enrolled, the
 * enrolment of one whom the collaboration's rule requires it of, or nothing.
 */
export async function signInStepOf(db: Executor, user: UserRow): Promise<SignInStep | null> {
  if (await hasConfirmedSecondFactor(db, user.id)) return 'secondFactor';
  const rule = await findSecondFactorRule(db, user.collaborationId);
  return mustUseSecondFactor(rule, user.roles) ? 'enrolment' : null;
}
