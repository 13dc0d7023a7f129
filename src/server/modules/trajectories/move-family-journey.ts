import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { contacts, coordinationMeetings, trajectories } from './trajectories.schema';

/**
 * R17: when two files of one family merge, the merged file's trajectories, contacts and
 * coordination meetings move to the surviving file unchanged (care weeks and extensions hang
 * on their trajectory and follow it). Ids stay the same, so every link keeps working.
 */
export async function moveFamilyJourney(
  db: Executor,
  input: { collaborationId: string; fromId: string; intoId: string },
) {
  const { collaborationId, fromId, intoId } = input;
  const moved = await db
    .update(trajectories)
    .set({ familyId: intoId, updatedAt: sql`now()` })
    .where(and(eq(trajectories.collaborationId, collaborationId), eq(trajectories.familyId, fromId)))
    .returning({ id: trajectories.id });
  await db
    .update(contacts)
    .set({ familyId: intoId })
    .where(and(eq(contacts.collaborationId, collaborationId), eq(contacts.familyId, fromId)));
  await db
    .update(coordinationMeetings)
    .set({ familyId: intoId })
    .where(
      and(
        eq(coordinationMeetings.collaborationId, collaborationId),
        eq(coordinationMeetings.familyId, fromId),
      ),
    );
  return { trajectoriesMoved: moved.length };
}
