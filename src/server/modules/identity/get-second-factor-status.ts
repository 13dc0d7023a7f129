import type { SecondFactorStatusDto } from '../../../contracts/identity';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import {
  countRecoveryCodesLeft,
  findSecondFactorRule,
  hasConfirmedSecondFactor,
} from './second-factor.repository';
import { mustUseSecondFactor } from './second-factor-policy';

/** Whether the signed-in person has an authenticator, must have one, and codes left. */
export async function getSecondFactorStatus(db: Db, actor: Actor): Promise<SecondFactorStatusDto> {
  const rule = await findSecondFactorRule(db, actor.collaborationId);
  return {
    isEnrolled: await hasConfirmedSecondFactor(db, actor.userId),
    isRequired: mustUseSecondFactor(rule, actor.roles),
    recoveryCodesLeft: await countRecoveryCodesLeft(db, actor.userId),
  };
}
