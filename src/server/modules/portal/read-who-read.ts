import type { PortalReadsDto } from '../../../contracts/portal';
import type { Db } from '../../platform/db/database';
import { listReadsOfFamily } from '../audit';
import { familiesMergedInto } from '../families';
import { findPeople } from '../identity';
import { listOrganisations } from '../network';
import { type FamilyActor, inOwnFamily } from './own-family';

/**
 * Who read our file (issue 13 point 2): the professionals' reads of the audit trail — who, of
 * which organisation, when. The family's own reads and other families' data are not in it.
 */
export async function readWhoReadOurFile(db: Db, actor: FamilyActor): Promise<PortalReadsDto> {
  return inOwnFamily(db, actor, 'whoRead', async (tx, family) => {
    const familyIds = [family.id, ...(await familiesMergedInto(tx, family.id))];
    const rows = await listReadsOfFamily(tx, family.collaborationId, familyIds);
    const people = new Map(
      (
        await findPeople(
          tx,
          family.collaborationId,
          rows.flatMap((r) => (r.actorUserId ? [r.actorUserId] : [])),
        )
      ).map((p) => [p.id, p]),
    );
    const organisations = new Map(
      (await listOrganisations(tx, family.collaborationId)).map((o) => [o.id, o.name]),
    );
    return {
      reads: rows.flatMap((r) => {
        const person = r.actorUserId ? people.get(r.actorUserId) : undefined;
        // A family account holds no role: its reads are the family's own, not "who read".
        if (!person || person.roles.length === 0) return [];
        return [
          {
            by: r.actorDisplayName ?? person.displayName,
            organisation: person.organisationId ? (organisations.get(person.organisationId) ?? null) : null,
            at: r.at.toISOString(),
          },
        ];
      }),
    };
  });
}
