import type { SecondFactorOptionsDto } from '../../../contracts/identity';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { hasEmailSecondFactor } from './email-code.repository';
import { findUserById } from './identity.repository';
import { hasPasskey } from './passkeys.repository';
import { findSecondFactorRule, hasConfirmedSecondFactor } from './second-factor.repository';
import { mayUseEmailCode } from './second-factor-policy';

/** Which second steps the person has, and whether a mailed code is open to them (ADR 051). */
export async function getSecondFactorOptions(db: Db, actor: Actor): Promise<SecondFactorOptionsDto> {
  const user = await findUserById(db, actor.userId);
  const rule = await findSecondFactorRule(db, actor.collaborationId);
  const emailCodeAllowed = Boolean(user?.email) && mayUseEmailCode(rule, user?.roles ?? actor.roles);
  return {
    authenticator: await hasConfirmedSecondFactor(db, actor.userId),
    passkey: await hasPasskey(db, actor.userId),
    emailCode: emailCodeAllowed && (await hasEmailSecondFactor(db, actor.userId)),
    emailCodeAllowed,
  };
}
