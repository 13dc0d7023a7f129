import type { FamilyConsentsDto } from '../../../contracts/consent';
import type { Db } from '../../platform/db/database';
import { readOwnConsents } from '../consent';
import { type FamilyActor, inOwnFamily } from './own-family';

/** R29: our consents and the log of what was shared with partners, as the signed-in member reads them. */
export function getOurConsents(db: Db, actor: FamilyActor): Promise<FamilyConsentsDto> {
  return inOwnFamily(db, actor, 'consents', (tx, family) =>
    readOwnConsents(tx, actor, { familyId: family.id, memberId: family.me.id }),
  );
}
