import type { AccountDto, ResetSecondFactorBody } from '../../../contracts/accounts';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { notFound, unprocessable } from '../../platform/http/app-error';
import { recordAccountEvent } from '../audit';
import { queueMail } from '../messages';
import { checkRolesAndOrganisation } from './account-rules';
import { forgetEmailSecondFactor } from './email-code.repository';
import { findUserById } from './identity.repository';
import { deleteSessionsOf } from './invitations.repository';
import { getAccount } from './list-accounts';
import { deletePasskeysOf } from './passkeys.repository';
import { resetSecondFactorOf } from './second-factor.repository';

/**
 * A person lost their phone and recovery codes (ADR 040): an administrator or coordinator forgets
 * the authenticator, the recovery codes and the passkeys, with a reason. Every session of the
 * person ends at once, they get a mail saying so (a reset they did not ask for is a warning), and
 * their next sign-in goes through enrolment. Never one's own: the one who resets must be someone
 * else, and only an administrator touches an administrator's account (as for roles, ADR 034).
 */
export async function resetSecondFactor(
  db: Db,
  actor: Actor,
  userId: string,
  input: ResetSecondFactorBody,
  options: { publicUrl: string },
): Promise<AccountDto> {
  return db.transaction(async (tx) => {
    const user = await findUserById(tx, userId);
    if (!user || user.collaborationId !== actor.collaborationId) throw notFound();
    if (user.id === actor.userId) throw unprocessable('ACCOUNT_RESET_OWN_SECOND_FACTOR');
    await checkRolesAndOrganisation(tx, actor, user, user);
    const hadAuthenticator = await resetSecondFactorOf(tx, user.id);
    const passkeysRemoved = await deletePasskeysOf(tx, user.id);
    const hadEmailCode = await forgetEmailSecondFactor(tx, user.id);
    const sessionsEnded = await deleteSessionsOf(tx, user.id);
    // An account without an address (a family's sign-in name, ADR 044) hears it from its worker.
    if (user.email)
      await queueMail(tx, {
        collaborationId: user.collaborationId,
        to: user.email,
        locale: user.locale,
        template: 'second-factor-reset',
        params: { resetBy: actor.displayName, link: `${options.publicUrl}/login` },
      });
    await recordAccountEvent(tx, {
      action: 'second-factor-reset',
      collaborationId: user.collaborationId,
      entityType: 'account',
      entityId: user.id,
      actor: { userId: actor.userId, displayName: actor.displayName },
      details: { reason: input.reason, hadAuthenticator, passkeysRemoved, hadEmailCode, sessionsEnded },
    });
    return getAccount(tx, actor, user.id);
  });
}
