// R17: when two files of one family become one, consents, the sharing log, assessments and marks
// move to the surviving file with everything else (merging/merge-family-files.ts).
import type { Tx } from '../../platform/db/database';
import { moveConsentRecords } from './consent.repository';

export function moveConsentsOfFamily(
  tx: Tx,
  ids: { collaborationId: string; fromId: string; intoId: string },
) {
  return moveConsentRecords(tx, ids);
}
