// The family's own door (issue 13, ADR 044): every portal use case opens the signed-in member's
// own family through here, in one transaction that also writes the audit row of the read. The
// family comes from the session, never from the request, so no id can point at another family.
import type { IsoDate } from '../../../domain/dates';
import type { FamilyViewer } from '../../../domain/family-visibility';
import type { Actor, FamilyPrincipal } from '../../platform/auth/actor';
import type { Db, Executor, Tx } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { findFamily, listAssignmentsOf, listMembersOf, type MemberView, toMemberView } from '../families';

export type FamilyActor = Actor & { family: FamilyPrincipal };

export type OwnFamily = {
  id: string;
  collaborationId: string;
  members: MemberView[];
  me: MemberView;
  viewer: FamilyViewer;
  assignments: Awaited<ReturnType<typeof listAssignmentsOf>>;
  today: IsoDate;
};

/** What the family read, for "who read our file" to leave out and the trail to name. */
export type PortalView =
  | 'overview'
  | 'plan'
  | 'planVersion'
  | 'planComparison'
  | 'file'
  | 'people'
  | 'whoRead'
  // R29: our consents and the log of what was shared with partners.
  | 'consents'
  // R16: a copy of the file taken by the family (PDF or JSON).
  | 'copy'
  // The family's own words, answers, corrections and messages (voice module, ADR 045).
  | 'voice'
  // Documents shared with us (documents module, ADR 052).
  | 'documents';

const MAX_MERGE_HOPS = 5;

/** Runs `work` on the actor's own family, audited as a portal read of `view`. */
export async function inOwnFamily<T>(
  db: Db,
  actor: FamilyActor,
  view: PortalView,
  work: (tx: Tx, family: OwnFamily) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    const family = await openOwnFamily(tx, actor);
    await recordAudit(tx, actor, {
      action: 'read',
      entityType: 'family',
      entityId: family.id,
      familyId: family.id,
      details: { portal: view },
    });
    return work(tx, family);
  });
}

async function openOwnFamily(tx: Executor, actor: FamilyActor): Promise<OwnFamily> {
  let family = await findFamily(tx, actor.collaborationId, actor.family.familyId);
  // R17: a file merged into another lives on in the survivor, with the member moved there.
  for (let hop = 0; family?.mergedIntoId && hop < MAX_MERGE_HOPS; hop += 1)
    family = await findFamily(tx, actor.collaborationId, family.mergedIntoId);
  // R30: a destroyed file is gone for its family too (ADR 047).
  if (!family || family.mergedIntoId || family.destroyedOn) throw notFound();
  const members = (await listMembersOf(tx, [family.id])).map(toMemberView);
  const me = members.find((m) => m.id === actor.family.memberId);
  if (!me) throw notFound();
  const today = actor.clock.today();
  return {
    id: family.id,
    collaborationId: family.collaborationId,
    members,
    me,
    viewer: { memberId: me.id, role: me.role, birthDate: me.birthDate, today },
    assignments: await listAssignmentsOf(tx, [family.id]),
    today,
  };
}
