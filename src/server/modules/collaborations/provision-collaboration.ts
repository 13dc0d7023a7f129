// A new collaboration (tenant) with what every collaboration starts with: the preset funding
// lines (R4–R9) and the list of reasons a referral does not start. Used at first run, by the demo
// and by the platform administrator (issue 15).

import type { Executor } from '../../platform/db/database';
import { inCollaboration } from '../../platform/db/tenant-context';
import { presetFundingLines } from '../funding';
import { presetNotStartedReasons } from '../intake';
import { createCollaboration } from '../network';

export async function provisionCollaboration(
  db: Executor,
  input: { name: string; slug: string; zones?: string[]; year: number },
) {
  const { year, ...collaborationInput } = input;
  const collaboration = await createCollaboration(db, collaborationInput);
  // Its own rows are written as that collaboration, so the second wall (RLS) lets them in.
  await inCollaboration(collaboration.id, async () => {
    // The preset lines get the settings of the clock's year (ADR 027), not the machine's.
    await presetFundingLines(db, collaboration.id, year);
    await presetNotStartedReasons(db, collaboration.id);
  });
  return collaboration;
}
