// A new collaboration (tenant) with what every collaboration starts with: the preset funding
// lines (R4–R9) and the list of reasons a referral does not start.

import { presetFundingLines } from '../modules/funding';
import { presetNotStartedReasons } from '../modules/intake';
import { createCollaboration } from '../modules/network';
import type { Executor } from '../platform/db/database';

export async function provisionCollaboration(
  db: Executor,
  input: { name: string; slug: string; zones?: string[]; year: number },
) {
  const { year, ...collaborationInput } = input;
  const collaboration = await createCollaboration(db, collaborationInput);
  // The preset lines get the settings of the clock's year (ADR 027), not the machine's.
  await presetFundingLines(db, collaboration.id, year);
  await presetNotStartedReasons(db, collaboration.id);
  return collaboration;
}
