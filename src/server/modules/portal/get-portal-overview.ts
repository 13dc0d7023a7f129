import type { PortalOverviewDto } from '../../../contracts/portal';
import type { Db } from '../../platform/db/database';
import { familyLabel, type MemberView } from '../families';
import { type FamilyActor, inOwnFamily } from './own-family';
import { workersOf } from './portal-workers';

const toPortalMember = ({ version: _version, ...member }: MemberView) => member;

/** The portal's first page (issue 13): who we are, who is signed in, who works with us. */
export async function getPortalOverview(db: Db, actor: FamilyActor): Promise<PortalOverviewDto> {
  return inOwnFamily(db, actor, 'overview', async (tx, family) => ({
    familyId: family.id,
    label: familyLabel(family.members),
    me: toPortalMember(family.me),
    members: family.members.map(toPortalMember),
    workers: await workersOf(tx, family),
    today: family.today,
  }));
}
