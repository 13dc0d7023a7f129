import type { DuplicateCheckBody, PossibleDuplicateDto } from '../../../contracts/intake';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { possibleDuplicatesFor } from './possible-duplicates';

/** While registering: does the desk already know this family? Nothing is written but the audit. */
export async function checkDuplicates(
  db: Db,
  actor: Actor,
  input: DuplicateCheckBody,
): Promise<PossibleDuplicateDto[]> {
  return db.transaction((tx) => possibleDuplicatesFor(tx, actor, input));
}
