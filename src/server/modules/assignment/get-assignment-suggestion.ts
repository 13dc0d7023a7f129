import type { AssignmentSuggestionResponse } from '../../../contracts/team';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { recordAudit } from '../audit';
import { inFamilyFile } from '../families';
import { assignmentView } from './assignment-view';

/** R10: whom availability suggests for this family now. Reading it opens the file: audited. */
export async function getAssignmentSuggestion(
  db: Db,
  actor: Actor,
  familyId: string,
): Promise<AssignmentSuggestionResponse> {
  return inFamilyFile(db, actor, familyId, async (tx, family) => {
    await recordAudit(tx, actor, {
      action: 'read',
      entityType: 'family',
      entityId: family.id,
      familyId: family.id,
      details: { view: 'assignmentSuggestion' },
    });
    return assignmentView(tx, actor, family, actor.clock.today());
  });
}
