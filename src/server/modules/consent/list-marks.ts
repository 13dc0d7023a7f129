// R27, R28: the worker reads the marks on a family's contacts (what is never shown to the family,
// a young person's own part, what is kept from named members) to show them beside each contact
// and to correct one from its version (ADR 020). Through the file's door; the read is audited.
import type { MarkDto } from '../../../contracts/consent';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { recordAudit } from '../audit';
import { inFamilyFile } from '../families';
import { listMarksOf } from './consent.repository';
import { toMarkDto } from './mark-item';

export async function listContactMarks(db: Db, actor: Actor, familyId: string): Promise<MarkDto[]> {
  return inFamilyFile(db, actor, familyId, async (tx, family) => {
    await recordAudit(tx, actor, {
      action: 'read',
      entityType: 'family',
      entityId: family.id,
      familyId: family.id,
      details: { view: 'contactMarks' },
    });
    return (await listMarksOf(tx, family.id)).filter((row) => row.itemType === 'contact').map(toMarkDto);
  });
}
