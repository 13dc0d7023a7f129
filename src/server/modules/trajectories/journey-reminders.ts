// What of the families' journeys is due, for the reminder scan (notifications, issue 12 point 6):
// the same due items as "my week" (dueItemsOf), for every family in care of a collaboration,
// each with the workers assigned to the family — the people a reminder goes to.
import type { IsoDate } from '../../../domain/dates';
import type { TrajectoryKind } from '../../../domain/trajectories';
import type { Executor } from '../../platform/db/database';
import { listOpenTrajectories } from './trajectories.repository';
import { dueItemsOf, gatherFamilyFacts } from './worklist-facts';

/** R1, R2 and R5's first contact: the journey's deadlines a person is reminded of. */
const REMINDED = ['shortTermEnd', 'bridgingContact', 'familyCareFirstContact'] as const;
export type JourneyReminderKind = (typeof REMINDED)[number];

export type JourneyDueItem = {
  kind: JourneyReminderKind;
  familyId: string;
  trajectoryId: string;
  trajectoryKind: TrajectoryKind;
  dueOn: IsoDate;
  /** The workers assigned to the family today (ADR 010: the people who work with it). */
  workerIds: string[];
};

const isReminded = (kind: string): kind is JourneyReminderKind =>
  (REMINDED as readonly string[]).includes(kind);

export async function listJourneyDueItems(
  db: Executor,
  collaborationId: string,
  today: IsoDate,
): Promise<JourneyDueItem[]> {
  // Only a family with an open trajectory has one of these deadlines.
  const familyIds = [...new Set((await listOpenTrajectories(db, collaborationId)).map((t) => t.familyId))];
  if (familyIds.length === 0) return [];
  const facts = await gatherFamilyFacts(db, { collaborationId }, familyIds, today);
  return facts.flatMap((family) =>
    dueItemsOf(family, today).flatMap((item) => {
      const trajectory = family.open.find((t) => t.id === item.trajectoryId);
      if (!isReminded(item.kind) || !trajectory) return [];
      return [
        {
          kind: item.kind,
          familyId: family.familyId,
          trajectoryId: trajectory.id,
          trajectoryKind: trajectory.kind,
          dueOn: item.dueOn,
          workerIds: family.workers.filter((w) => w.isActive).map((w) => w.id),
        },
      ];
    }),
  );
}
