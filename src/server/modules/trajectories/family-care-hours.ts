import { type CareMinutes, careTotals } from '../../../domain/family-care';
import type { Executor } from '../../platform/db/database';
import { careWeeksStartingBetween } from './trajectories.repository';

/**
 * R5: the family-care hours of a year on a line, what the project paid and what went on without
 * its money. A care week counts in the year it starts in; each week is split on its own.
 */
export async function familyCareHoursOfYear(
  db: Executor,
  collaborationId: string,
  fundingLineId: string,
  year: number,
): Promise<CareMinutes> {
  return careTotals(
    await careWeeksStartingBetween(db, collaborationId, fundingLineId, `${year}-01-01`, `${year}-12-31`),
  );
}
