// Optimistic saves (ADR 011, 018): a save names the version it started from. When someone saved
// the record meanwhile, nothing is overwritten: the transaction answers the current state, and
// after commit it becomes 409 RECORD_CHANGED. Returned rather than thrown inside the transaction,
// so that the read of the current state is audited like any other read of the file.
import type { RecordChangedDetails } from '../../../contracts/common';
import type { Actor } from '../../platform/auth/actor';
import type { Executor } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import { recordAudit } from '../audit';

export type VersionedRecord =
  | 'familyMember'
  | 'networkMember'
  | 'trajectory'
  | 'coordinationMeeting'
  | 'careWeek';

export class StaleSave {
  constructor(readonly details: RecordChangedDetails) {}
}

/** The answer to a stale save: the current state, its reading audited in the save's transaction. */
export async function staleSave(
  tx: Executor,
  actor: Actor,
  audit: { entityType: 'family' | 'trajectory'; entityId: string; familyId: string },
  record: {
    record: VersionedRecord;
    id: string;
    baseVersion: number;
    currentVersion: number;
    current: unknown;
  },
): Promise<StaleSave> {
  await recordAudit(tx, actor, {
    action: 'read',
    ...audit,
    details: {
      reason: 'saveConflict',
      record: record.record,
      recordId: record.id,
      baseVersion: record.baseVersion,
      version: record.currentVersion,
    },
  });
  return new StaleSave({
    record: record.record,
    id: record.id,
    currentVersion: record.currentVersion,
    current: record.current,
  });
}

/** After commit: the saved value, or 409 RECORD_CHANGED with the current state. */
export function unlessStale<T>(outcome: T | StaleSave): T {
  if (outcome instanceof StaleSave) throw new AppError(409, 'RECORD_CHANGED', { details: outcome.details });
  return outcome;
}
