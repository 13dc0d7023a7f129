// A new collaboration (tenant) with what every collaboration starts with: the preset funding
// lines (R4–R9) and the list of reasons a referral does not start. Used at first run, by the demo
// and by the platform administrator (issue 15).
import { randomUUID } from 'node:crypto';
import type { Executor } from '../../platform/db/database';
import { inCollaboration } from '../../platform/db/tenant-context';
import { presetFundingLines } from '../funding';
import { presetNotStartedReasons } from '../intake';
import { createCollaboration } from '../network';

export async function provisionCollaboration(
  db: Executor,
  input: { id?: string; name: string; slug: string; zones?: string[]; year: number },
) {
  const { year, ...collaborationInput } = input;
  // Its zones and presets are its own rows: written inside it, so the second wall (row-level
  // security, ADR 053) lets them in.
  const id = input.id ?? randomUUID();
  return inCollaboration(id, async () => {
    const collaboration = await createCollaboration(db, { ...collaborationInput, id });
    // The preset lines get the settings of the clock's year (ADR 027), not the machine's.
    await presetFundingLines(db, collaboration.id, year);
    await presetNotStartedReasons(db, collaboration.id);
    return collaboration;
  });
}
