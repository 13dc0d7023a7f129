import type { Executor } from '../../platform/db/database';
import { fundingLines } from './funding.schema';

// The lines every new collaboration starts with (sources 000, 001). They are rows, not code:
// a collaboration renames, ends or adds lines. Names in Dutch, the language of the data.
export const PRESET_FUNDING_LINES = [
  { code: 'regular', name: '1G1P regulier' },
  { code: 'crisisFollowUp', name: 'Vervolghulp na crisis' }, // R4
  { code: 'familyCare', name: 'Gezinszorg' }, // R5
  { code: 'addOn', name: 'Bijschakeltrajecten' }, // R6
  { code: 'volunteers', name: 'Vrijwilligerswerking', endsOn: '2026-12-31' }, // R8
  { code: 'naft', name: 'NAFT' }, // R9: no money of its own, counted for figures
] as const;

export async function presetFundingLines(db: Executor, collaborationId: string) {
  await db.insert(fundingLines).values(
    PRESET_FUNDING_LINES.map((line, index) => ({
      collaborationId,
      code: line.code,
      name: line.name,
      endsOn: 'endsOn' in line ? line.endsOn : null,
      sortOrder: index,
    })),
  );
}
