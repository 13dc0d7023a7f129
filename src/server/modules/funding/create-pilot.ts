import type { PilotInput } from '../../../contracts/funding';
import { residualForPilots } from '../../../domain/line-money';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { lockFor } from '../../platform/db/lock';
import { unprocessable } from '../../platform/http/app-error';
import { findFundingLineByCode, insertPilot, pilotCentsFrom } from './funding.repository';
import { lineMoney, type StartsOnLine } from './line-money';

/**
 * R12: residual money of a closed year goes to a time-bound pilot (proeftuin). Only what is left
 * by the one definition of a line's money (domain/line-money: neither spent nor committed, the
 * year's starts committed at the line's price) less earlier pilots from that year can be given
 * out — never the euros a started add-on trajectory already holds (R6).
 */
export async function createPilot(db: Db, actor: Actor, input: PilotInput, startsOnLine: StartsOnLine) {
  if (input.endsOn < input.startsOn) throw unprocessable('PILOT_END_BEFORE_START', 'endsOn');
  if (input.fromYear >= Number(actor.clock.today().slice(0, 4)))
    throw unprocessable('YEAR_NOT_CLOSED', 'fromYear');
  return db.transaction(async (tx) => {
    const line = await findFundingLineByCode(tx, actor.collaborationId, input.fundingLine);
    if (!line) throw unprocessable('FUNDING_LINE_UNKNOWN', 'fundingLine');
    // Two pilots from the same residual at once: one waits for the other, so both cannot take it.
    await lockFor(tx, `pilot:${line.id}:${input.fromYear}`);
    const started = await startsOnLine(tx, actor.collaborationId, line.id, input.fromYear);
    const money = await lineMoney(tx, actor.collaborationId, line.id, input.fromYear, started);
    const available = residualForPilots(money, await pilotCentsFrom(tx, line.id, input.fromYear));
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
