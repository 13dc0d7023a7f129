// The family's door to its own file (issue 13): a family account reaches its own family and
// nothing else. The family comes from the session, never from the request, so another family's
// id cannot even be asked for; an item of another family (a contact, an entry) is not found.
import type { Actor, FamilyPrincipal } from '../../platform/auth/actor';
import type { Db, Tx } from '../../platform/db/database';
import { notFound } from '../../platform/http/app-error';
import { findFamily, listMembersOf } from '../families';

export type FamilyActor = Actor & { family: FamilyPrincipal };
type MemberRow = Awaited<ReturnType<typeof listMembersOf>>[number];
export type OwnFamily = { id: string; member: MemberRow; members: MemberRow[] };

/** Runs `work` in one transaction on the signed-in member's own family. */
export async function inOwnFamily<T>(
  db: Db,
  actor: FamilyActor,
  work: (tx: Tx, own: OwnFamily) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    const family = await findFamily(tx, actor.collaborationId, actor.family.familyId);
    if (!family || family.mergedIntoId) throw notFound();
    const members = await listMembersOf(tx, [family.id]);
    const member = members.find((m) => m.id === actor.family.memberId);
    if (!member) throw notFound();
    return work(tx, { id: family.id, member, members });
  });
}

/** How a member is named to the family and its workers: the first name the file knows. */
export function memberName(member: { givenName: string | null; familyName: string | null } | undefined) {
  return member?.givenName ?? member?.familyName ?? '—';
}
