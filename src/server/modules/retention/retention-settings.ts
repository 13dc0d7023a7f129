// R30: a collaboration's retention age — the legal 35 unless the coordinator or the administrator
// set another within the sane bounds of src/domain/retention.ts.
import type { RetentionSettingsDto, SaveRetentionSettingsBody } from '../../../contracts/retention';
import {
  checkRetentionAge,
  DEFAULT_RETENTION_AGE,
  MAX_RETENTION_AGE,
  MIN_RETENTION_AGE,
} from '../../../domain/retention';
import type { Actor } from '../../platform/auth/actor';
import type { Db, Executor } from '../../platform/db/database';
import { AppError, unprocessable } from '../../platform/http/app-error';
import {
  findRetentionSettings,
  insertRetentionSettings,
  type RetentionSettingsRow,
  updateRetentionSettings,
} from './retention.repository';

function toDto(row: RetentionSettingsRow | null): RetentionSettingsDto {
  return {
    retentionAge: row?.retentionAge ?? DEFAULT_RETENTION_AGE,
    version: row?.version ?? 0,
    defaultAge: DEFAULT_RETENTION_AGE,
    minAge: MIN_RETENTION_AGE,
    maxAge: MAX_RETENTION_AGE,
    updatedBy: row?.updatedByName ?? null,
  };
}

export async function retentionAgeOf(db: Executor, collaborationId: string): Promise<number> {
  return (await findRetentionSettings(db, collaborationId))?.retentionAge ?? DEFAULT_RETENTION_AGE;
}

export async function getRetentionSettings(db: Db, actor: Actor): Promise<RetentionSettingsDto> {
  return toDto(await findRetentionSettings(db, actor.collaborationId));
}

export async function saveRetentionSettings(
  db: Db,
  actor: Actor,
  input: SaveRetentionSettingsBody,
): Promise<RetentionSettingsDto> {
  const [problem] = checkRetentionAge(input.retentionAge);
  if (problem) throw unprocessable(problem.code, problem.field);
  return db.transaction(async (tx) => {
    const values = {
      collaborationId: actor.collaborationId,
      retentionAge: input.retentionAge,
      updatedBy: actor.userId,
      updatedByName: actor.displayName,
    };
    const saved =
      input.baseVersion === 0
        ? await insertRetentionSettings(tx, values)
        : await updateRetentionSettings(tx, { ...values, baseVersion: input.baseVersion });
    if (!saved) {
      const current = await findRetentionSettings(tx, actor.collaborationId);
      throw new AppError(409, 'RECORD_CHANGED', {
        details: {
          record: 'retentionSettings',
          id: actor.collaborationId,
          currentVersion: current?.version ?? 0,
          current: toDto(current),
        },
      });
    }
    return toDto(saved);
  });
}
