import type { PortalPeopleDto } from '../../../contracts/portal';
import type { Db } from '../../platform/db/database';
import { listNetworkOf, type MemberView } from '../families';
import { type FamilyActor, inOwnFamily } from './own-family';
import { workersOf } from './portal-workers';

export const toPortalMember = ({ version: _version, ...member }: MemberView) => member;

/** Who is involved (issue 13 point 2): our members, our network and services, our workers. */
export async function readOurPeople(db: Db, actor: FamilyActor): Promise<PortalPeopleDto> {
  return inOwnFamily(db, actor, 'people', async (tx, family) => {
    const network = await listNetworkOf(tx, [family.id]);
    return {
      members: family.members.map(toPortalMember),
      network: network
        .filter((n) => n.until === null || n.until >= family.today)
        .map((n) => ({
          kind: n.kind,
          name: n.name,
          relation: n.relation,
          organisation: n.organisation,
          role: n.role,
        })),
      workers: await workersOf(tx, family),
    };
  });
}
