import type { Actor } from '../../platform/auth/actor';
import type { Executor } from '../../platform/db/database';

/**
 * The member who asked may get a mail that an answer waits in the portal — without any of the
 * family's data (ADR 033). Only a member with a family account and an e-mail address gets one.
 */
export async function tellFamilyOfAnswer(
  _tx: Executor,
  _actor: Actor,
  _memberId: string,
  _publicUrl: string,
): Promise<void> {
  // Filled in once family accounts (and their e-mail) are on main.
}
