// The door to a family's file (ADR 010). Every use case on a family's data goes through
// inFamilyFile: another collaboration's family does not exist (404); a team member without a
// relationship learns only that it exists and whom to ask (403 FAMILY_FILE_RESTRICTED, itself
// audited); the coordinator and the assigned workers and coaches get the file.
import type { FamilyRestrictedDetails } from '../../../contracts/families';
import { familyFileAccess, isAssignmentActive } from '../../../domain/family-access';
import type { Actor } from '../../platform/auth/actor';
import type { Db, Executor, Tx } from '../../platform/db/database';
import { AppError, notFound } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { findPeople, listPeopleWithRoles } from '../identity';
import {
  type AssignmentRow,
  type FamilyFileParts,
  type FamilyRow,
  findFamily,
  findFamilyFileParts,
  listAssignmentsOf,
  listMembersOf,
} from './families.repository';
import { familyLabel, toMemberView } from './member-view';
import { familyMerged } from './merge-families';

export type FamilyFile = FamilyRow & { relation: 'coordinator' | 'assigned'; assignments: AssignmentRow[] };

type Outcome<T> = { value: T } | { restricted: FamilyRestrictedDetails };

/** Runs `work` in one transaction on a family the actor may open, or refuses as above. */
export async function inFamilyFile<T>(
  db: Db,
  actor: Actor,
  familyId: string,
  work: (tx: Tx, family: FamilyFile) => Promise<T>,
): Promise<T> {
  return throughTheDoor(
    db,
    actor,
    async (tx) => {
      const family = await findFamily(tx, actor.collaborationId, familyId);
      return family ? { family, assignments: () => listAssignmentsOf(tx, [family.id]), with: null } : null;
    },
    (tx, family) => work(tx, family),
  );
}

/**
 * inFamilyFile for opening the whole file: the family, its assignments and every part the file
 * shows come in one query (ADR 041), then the same door decides.
 */
export async function withFamilyFileParts<T>(
  db: Db,
  actor: Actor,
  familyId: string,
  work: (tx: Tx, family: FamilyFile, parts: FamilyFileParts) => Promise<T>,
): Promise<T> {
  return throughTheDoor(
    db,
    actor,
    async (tx) => {
      const parts = await findFamilyFileParts(tx, actor.collaborationId, familyId);
      return parts ? { family: parts.family, assignments: async () => parts.assignments, with: parts } : null;
    },
    work,
  );
}

/** The door itself: `find` reads the family (and what else the work needs), the rules decide. */
async function throughTheDoor<T, W>(
  db: Db,
  actor: Actor,
  find: (
    tx: Tx,
  ) => Promise<{ family: FamilyRow; assignments: () => Promise<AssignmentRow[]>; with: W } | null>,
  work: (tx: Tx, family: FamilyFile, found: W) => Promise<T>,
): Promise<T> {
  const outcome: Outcome<T> = await db.transaction(async (tx) => {
    const found = await find(tx);
    // R30: a destroyed file is gone; what is left of it is counting material (ADR 047).
    if (!found || found.family.destroyedOn) throw notFound();
    const { family } = found;
    // R17: a file merged into another answers with the surviving file, for the app to follow.
    if (family.mergedIntoId) throw familyMerged(family);
    const assignments = await found.assignments();
    const today = actor.clock.today();
    const access = familyFileAccess({
      roles: actor.roles,
      userId: actor.userId,
      assignments: assignments.map((a) => ({ userId: a.userId, fromOn: a.fromOn, toOn: a.toOn })),
      today,
    });
    if (access === 'none') throw new AppError(403, 'FORBIDDEN');
    if (access === 'limited') {
      // Learning that the family exists and who works with it is a read too.
      await recordAudit(tx, actor, {
        action: 'read',
        entityType: 'family',
        entityId: family.id,
        familyId: family.id,
        details: { view: 'limited' },
      });
      return { restricted: await restrictedDetails(tx, actor, family.id, assignments, today) };
    }
    const relation = actor.roles.includes('coordinator') ? 'coordinator' : 'assigned';
    return { value: await work(tx, { ...family, relation, assignments }, found.with) };
  });
  if ('restricted' in outcome)
    throw new AppError(403, 'FAMILY_FILE_RESTRICTED', { details: outcome.restricted });
  return outcome.value;
}

/** Whom to ask about a family: the people assigned now, else the coordinators. */
export async function askWhoFor(tx: Executor, actor: Actor, assignments: AssignmentRow[], today: string) {
  const active = assignments.filter((a) => isAssignmentActive(a, today)).map((a) => a.userId);
  const people =
    active.length > 0
      ? await findPeople(tx, actor.collaborationId, active)
      : await listPeopleWithRoles(tx, actor.collaborationId, ['coordinator']);
  return people.map((p) => ({ id: p.id, displayName: p.displayName, roles: p.roles }));
}

async function restrictedDetails(
  tx: Executor,
  actor: Actor,
  familyId: string,
  assignments: AssignmentRow[],
  today: string,
): Promise<FamilyRestrictedDetails> {
  const members = (await listMembersOf(tx, [familyId])).map(toMemberView);
  return { familyId, label: familyLabel(members), askWho: await askWhoFor(tx, actor, assignments, today) };
}
