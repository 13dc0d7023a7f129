import type { AuditEventDto } from '../../../contracts/audit';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { listAuditTrail, recordAudit } from '../audit';
import { inFamilyFile } from './family-file-access';
import { familiesMergedInto } from './merge-families';

/** Who saw or changed what of the family's file, and when (coordinator only). */
export async function readFamilyAuditTrail(db: Db, actor: Actor, familyId: string): Promise<AuditEventDto[]> {
  return inFamilyFile(db, actor, familyId, async (tx, family) => {
    const trail = await listAuditTrail(tx, actor.collaborationId, {
      entityType: 'family',
      entityId: family.id,
      familyId: family.id,
      // R17: the trail of files merged into this one stays part of the family's trail.
      mergedFamilyIds: await familiesMergedInto(tx, family.id),
    });
    await recordAudit(tx, actor, {
      action: 'read',
      entityType: 'family',
      entityId: family.id,
      familyId: family.id,
      details: { view: 'auditTrail' },
    });
    return trail;
  });
}
