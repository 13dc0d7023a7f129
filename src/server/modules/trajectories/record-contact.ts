import type { ContactBody, ContactDto } from '../../../contracts/trajectories';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { unprocessable } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { inFamilyFile } from '../families';
import { toContactDto } from './contact-view';
import { findTrajectory, insertContact } from './trajectories.repository';

/**
 * Records a contact with the family: what kind, when, how long, who took part, a short note.
 * R28: a note given in confidence by a third party, about another person, harmful to the minor
 * or meant for the courts is marked so, and stays out of everything the family sees.
 */
export async function recordContact(
  db: Db,
  actor: Actor,
  familyId: string,
  input: ContactBody,
): Promise<ContactDto> {
  if (input.occurredOn > actor.clock.today()) throw unprocessable('CONTACT_IN_FUTURE', 'occurredOn');
  return inFamilyFile(db, actor, familyId, async (tx, family) => {
    if (input.trajectoryId) {
      const trajectory = await findTrajectory(tx, actor.collaborationId, input.trajectoryId);
      if (trajectory?.familyId !== family.id) throw unprocessable('TRAJECTORY_NOT_OF_FAMILY', 'trajectoryId');
    }
    const row = await insertContact(tx, {
      collaborationId: actor.collaborationId,
      familyId: family.id,
      trajectoryId: input.trajectoryId ?? null,
      kind: input.kind,
      occurredOn: input.occurredOn,
      durationMinutes: input.durationMinutes,
      participants: input.participants ?? [],
      note: input.note || null,
      hiddenReason: input.hiddenFromFamily ?? null,
      recordedBy: actor.userId,
      recordedByName: actor.displayName,
    });
    await recordAudit(tx, actor, {
      action: 'create',
      entityType: 'contact',
      entityId: row.id,
      familyId: family.id,
      details: { kind: row.kind, occurredOn: row.occurredOn, hiddenFromFamily: row.hiddenReason },
    });
    return toContactDto(row);
  });
}
