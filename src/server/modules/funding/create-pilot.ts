import type { PilotInput } from '../../../contracts/funding';
import { todayIso } from '../../../domain/dates';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { unprocessable } from '../../platform/http/app-error';
import { findFundingLineByCode, insertPilot, pilotCentsFrom } from './funding.repository';
import { lineMoney } from './line-money';

/**
 * R12: residual money of a closed year goes to a time-bound pilot (proeftuin). Only what was
 * neither spent nor committed, less earlier pilots from the same year, can be given out.
 */
export async function createPilot(db: Db, actor: Actor, input: PilotInput) {
  if (input.endsOn < input.startsOn) throw unprocessable('PILOT_END_BEFORE_START', 'endsOn');
  if (input.fromYear >= Number(todayIso().slice(0, 4))) throw unprocessable('YEAR_NOT_CLOSED', 'fromYear');
  return db.transaction(async (tx) => {
    const line = await findFundingLineByCode(tx, actor.collaborationId, input.fundingLine);
    if (!line) throw unprocessable('FUNDING_LINE_UNKNOWN', 'fundingLine');
    const money = await lineMoney(tx, actor.collaborationId, line.id, input.fromYear);
    const available = money.uncommittedCents - (await pilotCentsFrom(tx, line.id, input.fromYear));
    if (input.amountCents > available) {
      throw unprocessable('RESIDUAL_FUNDS_INSUFFICIENT', 'amountCents', { availableCents: available });
    }
    return insertPilot(tx, {
      collaborationId: actor.collaborationId,
      name: input.name,
      fundingLineId: line.id,
      fromYear: input.fromYear,
      amountCents: input.amountCents,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
    });
  });
}
