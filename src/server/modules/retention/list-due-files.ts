// R30: the coordinator sees which files are due for destruction in the next 90 days — and those
// past their day that an open trajectory still holds. Each family shown is a read (ADR 005).
import type { DueFilesResponse } from '../../../contracts/retention';
import { RETENTION_NOTICE_DAYS } from '../../../domain/retention';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { recordFamiliesShown } from '../audit';
import { fileRetentions } from './file-retention';
import { retentionAgeOf } from './retention-settings';

export async function listDueFiles(db: Db, actor: Actor): Promise<DueFilesResponse> {
  return db.transaction(async (tx) => {
    const age = await retentionAgeOf(tx, actor.collaborationId);
    const all = await fileRetentions(tx, {
      collaborationId: actor.collaborationId,
      today: actor.clock.today(),
      ageOf: () => age,
    });
    const files = all
      .filter((f) => f.state !== 'kept')
      .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.familyId.localeCompare(b.familyId));
    await recordFamiliesShown(
      tx,
      actor,
      'list',
      files.map((f) => f.familyId),
      { list: 'retentionDue' },
    );
    return {
      retentionAge: age,
      noticeDays: RETENTION_NOTICE_DAYS,
      files: files.map((f) => ({
        familyId: f.familyId,
        label: f.label,
        pseudonym: f.pseudonym,
        dueOn: f.dueOn,
        state: f.state as 'due' | 'held' | 'dueSoon',
        birthDateAssumed: f.birthDateAssumed,
      })),
    };
  });
}
