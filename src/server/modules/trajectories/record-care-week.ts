import type { CareWeekBody, TrajectoryDto } from '../../../contracts/trajectories';
import { todayIso } from '../../../domain/dates';
import { checkCareWeek, splitCareWeek } from '../../../domain/family-care';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { AppError, unprocessable } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { inTrajectory } from './in-trajectory';
import { upsertCareWeek } from './trajectories.repository';
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
  return inTrajectory(db, actor, trajectoryId, async (tx, family, row) => {
    if (row.kind !== 'familyCare') throw unprocessable('CARE_WEEKS_NOT_FOR_KIND', 'week');
    if (row.status !== 'open') throw new AppError(409, 'TRAJECTORY_ALREADY_CLOSED');
    const problem = checkCareWeek({
      startedOn: row.startedOn,
      week,
      minutes: input.minutes,
      today: todayIso(),
    });
    if (problem) throw unprocessable(problem.code, problem.field);
    const saved = await upsertCareWeek(tx, {
      collaborationId: actor.collaborationId,
      trajectoryId: row.id,
      week,
      minutes: input.minutes,
      recordedBy: actor.userId,
      recordedByName: actor.displayName,
    });
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'trajectory',
      entityId: row.id,
      familyId: family.id,
      details: { part: 'careWeek', week, ...splitCareWeek(week, saved.minutes) },
    });
    return toTrajectoryDto(tx, row);
  });
}
