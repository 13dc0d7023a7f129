import { DEFAULT_CRISIS_QUOTA } from '../../../domain/crisis-follow-up';
import { FAMILY_COACHING_LINE } from '../../../domain/family-coaching';
import { ADD_ON_CAP, ADD_ON_PRICE_CENTS } from '../../../domain/funding';
import {
  ADD_ON_LINE,
  CRISIS_FOLLOW_UP_LINE,
  FAMILY_CARE_LINE,
  NAFT_LINE,
  type PresetFundingLineCode,
  REGULAR_LINE,
  VOLUNTEERS_LINE,
} from '../../../domain/funding-lines';
import type { Executor } from '../../platform/db/database';
import { insertFundingLines, insertLineYears } from './funding.repository';

// The lines every new collaboration starts with (sources 000, 001). They are rows, not code:
// a collaboration renames, ends or adds lines. Names in Dutch, the language of the data.
export const PRESET_FUNDING_LINES = [
  { code: REGULAR_LINE, name: '1G1P regulier' },
  {
    code: CRISIS_FOLLOW_UP_LINE,
    name: 'Vervolghulp na crisis',
    year: { targetTrajectories: DEFAULT_CRISIS_QUOTA },
  }, // R4
  { code: FAMILY_CARE_LINE, name: 'Gezinszorg', year: { countsAs: ['hours', 'training', 'coordination'] } }, // R5 R7
  {
    code: ADD_ON_LINE,
    name: 'Bijschakeltrajecten',
    year: {
      capTrajectories: ADD_ON_CAP,
      pricePerTrajectoryCents: ADD_ON_PRICE_CENTS,
      countsAs: ['trajectories'],
    },
  }, // R6
  { code: VOLUNTEERS_LINE, name: 'Vrijwilligerswerking', endsOn: '2026-12-31' }, // R8
  { code: NAFT_LINE, name: 'NAFT' }, // R9: no money of its own, counted for figures
  // R23: the coaches' waiting list reads this line; no money of its own until a collaboration
  // sets a budget. Last, so that existing lines keep their order (the data migration adds it too).
  { code: FAMILY_COACHING_LINE, name: 'Gezinscoaching' },
] as const satisfies readonly ({ code: PresetFundingLineCode } & Record<string, unknown>)[];

/** The preset lines, with this year's settings where a rule sets a number (quota, cap, price). */
export async function presetFundingLines(db: Executor, collaborationId: string, year: number) {
  const rows = await insertFundingLines(
    db,
    PRESET_FUNDING_LINES.map((line, index) => ({
      collaborationId,
      code: line.code,
      name: line.name,
      endsOn: 'endsOn' in line ? line.endsOn : null,
      sortOrder: index,
    })),
  );
  const years = PRESET_FUNDING_LINES.flatMap((line) => {
    const id = rows.find((r) => r.code === line.code)?.id;
    if (!id || !('year' in line)) return [];
    const countsAs = 'countsAs' in line.year ? [...line.year.countsAs] : [];
    return [{ collaborationId, fundingLineId: id, year, ...line.year, countsAs }];
  });
  await insertLineYears(db, years);
}
