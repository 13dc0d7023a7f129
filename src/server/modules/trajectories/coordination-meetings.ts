import type { PlanMeetingBody, RecordMeetingBody, TrajectoryDto } from '../../../contracts/trajectories';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { AppError, notFound, unprocessable } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { staleSave, unlessStale } from '../families';
import { inTrajectory } from './in-trajectory';
import type { TrajectoryRow } from './trajectories.repository';
import { findMeeting, insertContact, insertMeeting, updateMeeting } from './trajectories.repository';
import { toMeetingDto, toTrajectoryDto } from './trajectory-view';

function checkHandoverOpen(row: TrajectoryRow) {
  if (row.kind !== 'handover' && row.kind !== 'movingOut')
    throw unprocessable('DETAILS_NOT_FOR_KIND', 'kind');
  if (row.status !== 'open') throw new AppError(409, 'TRAJECTORY_ALREADY_CLOSED');
}

/** R3: plans a coordination meeting with the family and the services involved. */
export async function planCoordinationMeeting(
  db: Db,
  actor: Actor,
  trajectoryId: string,
  input: PlanMeetingBody,
): Promise<TrajectoryDto> {
  return inTrajectory(db, actor, trajectoryId, async (tx, family, row) => {
    checkHandoverOpen(row);
    if (input.plannedOn < row.startedOn) throw unprocessable('MEETING_BEFORE_START', 'plannedOn');
    const meeting = await insertMeeting(tx, {
      collaborationId: actor.collaborationId,
      familyId: family.id,
      trajectoryId: row.id,
      plannedOn: input.plannedOn,
      participants: input.participants ?? [],
    });
    await recordAudit(tx, actor, {
      action: 'create',
      entityType: 'trajectory',
      entityId: row.id,
      familyId: family.id,
      details: { meetingId: meeting.id, plannedOn: input.plannedOn },
    });
    return toTrajectoryDto(tx, row, actor.clock.today());
  });
}

/**
 * R3: records the meeting as held — who took part and what was decided. It is also a contact
 * with the family; the decisions go into the plan's next version.
 */
export async function recordCoordinationMeeting(
  db: Db,
  actor: Actor,
  trajectoryId: string,
  meetingId: string,
  input: RecordMeetingBody,
): Promise<TrajectoryDto> {
  const outcome = await inTrajectory(db, actor, trajectoryId, async (tx, family, row) => {
    const meeting = await findMeeting(tx, row.id, meetingId); // locked until commit
    if (!meeting) throw notFound();
    // ADR 020: recorded (or changed) meanwhile by someone else — answer the meeting as it is now.
    if (meeting.version !== input.baseVersion)
      return staleSave(
        tx,
        actor,
        { entityType: 'trajectory', entityId: row.id, familyId: family.id },
        {
          record: 'coordinationMeeting',
          id: meeting.id,
          baseVersion: input.baseVersion,
          currentVersion: meeting.version,
          current: toMeetingDto(meeting),
        },
      );
    checkHandoverOpen(row);
    if (meeting.heldOn) throw new AppError(409, 'MEETING_ALREADY_RECORDED');
    if (input.heldOn > actor.clock.today()) throw unprocessable('MEETING_IN_FUTURE', 'heldOn');
    if (input.heldOn < row.startedOn) throw unprocessable('MEETING_BEFORE_START', 'heldOn');
    const contact = await insertContact(tx, {
      collaborationId: actor.collaborationId,
      familyId: family.id,
      trajectoryId: row.id,
      kind: 'coordinationMeeting',
      occurredOn: input.heldOn,
      durationMinutes: input.durationMinutes,
      participants: input.participants,
      note: input.decisions,
      recordedBy: actor.userId,
      recordedByName: actor.displayName,
    });
    await updateMeeting(tx, meeting.id, {
      heldOn: input.heldOn,
      participants: input.participants,
      decisions: input.decisions,
      isFamilyPresent: input.isFamilyPresent,
      contactId: contact.id,
    });
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'trajectory',
      entityId: row.id,
      familyId: family.id,
      details: { meetingId: meeting.id, heldOn: input.heldOn, contactId: contact.id },
    });
    return toTrajectoryDto(tx, row, actor.clock.today());
  });
  return unlessStale(outcome);
}
