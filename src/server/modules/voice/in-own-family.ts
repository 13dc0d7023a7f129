// The family's door to its own file is the portal's (ADR 044): the family comes from the session,
// never from the request; a merged file is followed to the survivor; the read is audited. The
// family's voice opens it as the portal view `voice`.
import type { Db, Tx } from '../../platform/db/database';
import { type FamilyActor, inOwnFamily as inPortalFamily, type OwnFamily } from '../portal';

export type { FamilyActor, OwnFamily };

export function inOwnFamily<T>(db: Db, actor: FamilyActor, work: (tx: Tx, own: OwnFamily) => Promise<T>) {
  return inPortalFamily(db, actor, 'voice', work);
}

/** How a member is named to the family and its workers: the first name the file knows. */
export function memberName(member: { givenName: string | null; familyName: string | null } | undefined) {
  return member?.givenName ?? member?.familyName ?? '—';
}
