// R30 (ADR 047): the families module's part of destroying a file — and of any file merged into
// it, which holds the same family's history.
import type { Executor } from '../../platform/db/database';
import { anonymiseFamilyRows, listFamiliesMergedDirectlyInto } from './families.repository';

/** Every file merged into `familyId`, at any depth, and the file itself. */
export async function fileAndMergedFiles(tx: Executor, familyId: string): Promise<string[]> {
  const all = [familyId];
  let frontier = [familyId];
  while (frontier.length > 0) {
    frontier = (await listFamiliesMergedDirectlyInto(tx, frontier)).filter((id) => !all.includes(id));
    all.push(...frontier);
  }
  return all;
}

export async function anonymiseFamilyFiles(tx: Executor, familyIds: string[], destroyedOn: string) {
  return anonymiseFamilyRows(tx, familyIds, destroyedOn);
}
