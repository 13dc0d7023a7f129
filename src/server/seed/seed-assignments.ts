// R10 in the demo: of the recent starts that nobody works with yet, the oldest went to the
// worker availability suggested and the next to someone else, with the reason kept; the newest
// stay for the coordinator to assign.
import { addDays, type IsoDate } from '../../domain/dates';
import { assignByAvailability, getAssignmentSuggestion } from '../modules/assignment';
import { listAssignmentsOf } from '../modules/families';
import { startedReferrals } from '../modules/intake';
import type { Actor } from '../platform/auth/actor';
import type { Db } from '../platform/db/database';

export async function seedAssignments(db: Db, input: { desk: Actor; today: IsoDate }) {
  const { desk, today } = input;
  const recent = await startedReferrals(db, desk.collaborationId, { from: addDays(today, -60) });
  const assigned = new Set(
    (
      await listAssignmentsOf(
        db,
        recent.map((r) => r.familyId),
      )
    ).map((a) => a.familyId),
  );
  const open = recent
    .filter((r) => !assigned.has(r.familyId))
    .sort((a, b) => (a.decidedOn ?? '').localeCompare(b.decidedOn ?? ''));
  const [first, second, ...rest] = open;
  if (!first || !second || rest.length === 0) return;

  const suggested = await getAssignmentSuggestion(db, desk, first.familyId);
  if (suggested.suggestedWorkerId) {
    await assignByAvailability(db, desk, {
      familyId: first.familyId,
      referralId: first.id,
      workerId: suggested.suggestedWorkerId,
    });
  }
  const next = await getAssignmentSuggestion(db, desk, second.familyId);
  const other = next.candidates.find(
    (c) => c.workerId !== next.suggestedWorkerId && c.availability === 'available',
  );
  if (other) {
    await assignByAvailability(db, desk, {
      familyId: second.familyId,
      referralId: second.id,
      workerId: other.workerId,
      overrideReason: `Het gezin had vorig jaar al een traject bij ${other.displayName}; de moeder vraagt uitdrukkelijk om dezelfde begeleider.`,
    });
  }
}
