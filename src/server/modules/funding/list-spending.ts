import type { SpendingEntryDto } from '../../../contracts/funding';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import { findFundingLineByCode, listSpendingOf } from './funding.repository';
import { toSpendingDto } from './spending-view';

/** What was booked on a line in a year, cancelled bookings included: the line's ledger. */
export async function listSpending(
  db: Db,
  actor: Actor,
  code: string,
  year: number,
): Promise<SpendingEntryDto[]> {
  const line = await findFundingLineByCode(db, actor.collaborationId, code);
  if (!line) throw notFound();
  return (await listSpendingOf(db, actor.collaborationId, line.id, year)).map(toSpendingDto);
}
