import type { CancelSpendingBody, SpendingEntryDto } from '../../../contracts/funding';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/http/app-error';
import { findFundingLineByCode, findSpending, markSpendingCancelled } from './funding.repository';
import { toSpendingDto } from './spending-view';

/**
 * A booking made by mistake is cancelled with a reason: it leaves the line's totals (and what
 * is left for pilots, R12) but stays in the ledger with who cancelled it and why.
 */
export async function cancelSpending(
  db: Db,
  actor: Actor,
  code: string,
  id: string,
  input: CancelSpendingBody,
): Promise<SpendingEntryDto> {
  return db.transaction(async (tx) => {
    const line = await findFundingLineByCode(tx, actor.collaborationId, code);
    if (!line) throw notFound();
    const row = await findSpending(tx, actor.collaborationId, line.id, id);
    if (!row) throw notFound();
    if (row.cancelledAt) throw new AppError(409, 'SPENDING_ALREADY_CANCELLED');
    const cancelled = await markSpendingCancelled(tx, row.id, {
      cancelledBy: actor.userId,
      cancelledByName: actor.displayName,
      cancelReason: input.reason,
      cancelledAt: actor.clock.now(),
    });
    return toSpendingDto(cancelled);
  });
}
