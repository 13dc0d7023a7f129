import type { FamilyFileDto, MergeFamilyBody } from '../../../contracts/families';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { getFamilyFile } from '../families';
import { mergeFamilyFiles } from './merge-family-files';

/** The coordinator merges another file of the family into this one (R17); answers the file. */
export async function mergeFamilies(
  db: Db,
  actor: Actor,
  familyId: string,
  input: MergeFamilyBody,
): Promise<FamilyFileDto> {
  await db.transaction((tx) =>
    mergeFamilyFiles(tx, actor, { intoId: familyId, fromId: input.mergeFamilyId, field: 'mergeFamilyId' }),
  );
  return getFamilyFile(db, actor, familyId);
}
