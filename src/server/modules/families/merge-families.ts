import { isSameMember } from '../../../domain/family-merge';
import type { Actor } from '../../platform/auth/actor';
import type { Executor, Tx } from '../../platform/db/database';
import { AppError, notFound, unprocessable } from '../../platform/http/app-error';
import {
  type FamilyRow,
  listFamiliesMergedDirectlyInto,
  listMembersOf,
  lockFamilies,
  markFamilyMerged,
  moveFamilyParts,
} from './families.repository';

/** R17: merges the file `fromId` into `intoId` inside the caller's transaction (the merging module). */
export type MergeFamilyFiles = (
  tx: Tx,
  actor: Actor,
  input: { intoId: string; fromId: string; field: string },
) => Promise<unknown>;

/**
 * R17: the two files of one merge, locked (in id order, so two merges of the same pair wait for
 * each other instead of deadlocking) and checked: both of the actor's collaboration, two
 * different files, neither merged already. `field` names the input that chose the other file.
 */
export async function lockFilesForMerge(
  db: Executor,
  input: { collaborationId: string; intoId: string; fromId: string; field: string },
): Promise<{ into: FamilyRow; from: FamilyRow }> {
  if (input.intoId === input.fromId) throw unprocessable('FAMILY_MERGE_SAME', input.field);
  const rows = await lockFamilies(db, input.collaborationId, [input.intoId, input.fromId]);
  const into = rows.find((r) => r.id === input.intoId);
  const from = rows.find((r) => r.id === input.fromId);
  if (!into) throw notFound();
  if (!from) throw unprocessable('FAMILY_NOT_FOUND', input.field);
  for (const row of [into, from]) if (row.mergedIntoId) throw familyMerged(row);
  return { into, from };
}

/** A merged file answers with where the family lives on. */
export function familyMerged(row: Pick<FamilyRow, 'id' | 'mergedIntoId'>) {
  return new AppError(409, 'FAMILY_MERGED', {
    details: { familyId: row.id, mergedIntoId: row.mergedIntoId },
  });
}

/**
 * The families module's share of a merge (R17): members, the network map and who works with
 * the family move to the surviving file; the other file is marked merged, never deleted, so
 * every link and the audit trail still resolve. A member the surviving file already holds word
 * for word stays on the merged file as history instead of appearing twice.
 */
export async function mergeFamilyInto(
  db: Executor,
  input: { fromId: string; intoId: string; mergedBy: string; mergedAt: Date },
) {
  const [kept, incoming] = await Promise.all([
    listMembersOf(db, [input.intoId]),
    listMembersOf(db, [input.fromId]),
  ]);
  const moving = incoming.filter((m) => !kept.some((k) => isSameMember(k, m))).map((m) => m.id);
  await moveFamilyParts(db, { fromId: input.fromId, intoId: input.intoId, memberIds: moving });
  await markFamilyMerged(db, input);
  return { membersMoved: moving.length, membersAlreadyKnown: incoming.length - moving.length };
}

/** Files merged into this one (directly or through an earlier merge): their trail is its trail. */
export async function familiesMergedInto(db: Executor, familyId: string): Promise<string[]> {
  const found: string[] = [];
  let frontier = [familyId];
  while (frontier.length > 0) {
    frontier = (await listFamiliesMergedDirectlyInto(db, frontier)).filter((id) => !found.includes(id));
    found.push(...frontier);
  }
  return found;
}
