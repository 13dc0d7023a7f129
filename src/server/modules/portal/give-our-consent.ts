import type { ConsentDto, GiveConsentBody } from '../../../contracts/consent';
import type { Db } from '../../platform/db/database';
import { giveOwnConsent } from '../consent';
import { type FamilyActor, inOwnFamily } from './own-family';

/** R29, R27: the signed-in member gives a consent as themselves (a parent, or a young person from 12). */
export function giveOurConsent(db: Db, actor: FamilyActor, input: GiveConsentBody): Promise<ConsentDto> {
  return inOwnFamily(db, actor, 'consents', (tx, family) =>
    giveOwnConsent(tx, actor, { familyId: family.id, memberId: family.me.id }, input),
  );
}
