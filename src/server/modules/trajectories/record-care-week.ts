import type { CareWeekBody, TrajectoryDto } from '../../../contracts/trajectories';
import { checkCareWeek, splitCareWeek } from '../../../domain/family-care';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { AppError, unprocessable } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { staleSave, unlessStale } from '../families';
import { inTrajectory } from './in-trajectory';
import { findCareWeek, saveCareWeek } from './trajectories.repository';
import { toTrajectoryDto } from './trajectory-view';

/**
 * Records the hours of family care given in one care week (R5: hours recorded per week), or
 * corrects them: the week's minutes are replaced. What the project pays of them — at most 8
 * hours, and nothing from week 13 on — is derived when read, never stored.
 */
export async function recordCareWeek(
  db: Db,
  actor: Actor,
  trajectoryId: string,
  week: number,
  input: CareWeekBody,
): Promise<TrajectoryDto> {
  const outcome = await inTrajectory(db, actor, trajectoryId, async (tx, family, row) => {
    if (row.kind !== 'familyCare') throw unprocessable('CARE_WEEKS_NOT_FOR_KIND', 'week');
    if (row.status !== 'open') throw new AppError(409, 'TRAJECTORY_ALREADY_CLOSED');
    const problem = checkCareWeek({
      startedOn: row.startedOn,
      week,
      minutes: input.minutes,
      today: actor.clock.today(),
    });
    if (problem) throw unprocessable(problem.code, problem.field);
    // ADR 020: written only if the week is still as read (0: not recorded yet).
    const saved = await saveCareWeek(tx, input.baseVersion, {
      collaborationId: actor.collaborationId,
      trajectoryId: row.id,
      week,
      minutes: input.minutes,
      recordedBy: actor.userId,
      recordedByName: actor.displayName,
    });
    if (!saved) {
      const current = await findCareWeek(tx, row.id, week);
      return staleSave(
        tx,
        actor,
        { entityType: 'trajectory', entityId: row.id, familyId: family.id },
        {
          record: 'careWeek',
          id: `${row.id}:${week}`,
          baseVersion: input.baseVersion,
          currentVersion: current?.version ?? 0,
          current: current
            ? { week, minutes: current.minutes, recordedBy: current.recordedByName, version: current.version }
            : null,
        },
      );
    }
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'trajectory',
      entityId: row.id,
      familyId: family.id,
      details: { part: 'careWeek', week, version: saved.version, ...splitCareWeek(week, saved.minutes) },
    });
    return toTrajectoryDto(tx, row, actor.clock.today());
  });
  return unlessStale(outcome);
}
