import type { SpendingInput } from '../../../contracts/funding';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { notFound, unprocessable } from '../../platform/http/app-error';
import { findFundingLineByCode, insertSpending } from './funding.repository';

/** Money committed or spent on a line; the booking date must lie in the year it counts for. */
export async function recordSpending(db: Db, actor: Actor, code: string, input: SpendingInput) {
  if (Number(input.bookedOn.slice(0, 4)) !== input.year)
    throw unprocessable('SPENDING_OUTSIDE_YEAR', 'bookedOn');
  return db.transaction(async (tx) => {
    const line = await findFundingLineByCode(tx, actor.collaborationId, code);
    if (!line) throw notFound();
    return insertSpending(tx, {
      collaborationId: actor.collaborationId,
      fundingLineId: line.id,
      ...input,
      bookedBy: actor.userId,
      bookedByName: actor.displayName,
    });
  });
}
