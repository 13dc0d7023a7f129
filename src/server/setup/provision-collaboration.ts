// A new collaboration (tenant) with what every collaboration starts with: the preset funding
// lines (R4–R9) and the list of reasons a referral does not start.

import { presetFundingLines } from '../modules/funding';
import { presetNotStartedReasons } from '../modules/intake';
import { createCollaboration } from '../modules/network';
import type { Executor } from '../platform/db/database';

export async function provisionCollaboration(
  db: Executor,
  input: { name: string; slug: string; zones?: string[] },
) {
  const collaboration = await createCollaboration(db, input);
  await presetFundingLines(db, collaboration.id);
  await presetNotStartedReasons(db, collaboration.id);
  return collaboration;
}
