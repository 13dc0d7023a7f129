import type { ConsentDto, WithdrawConsentBody } from '../../../contracts/consent';
import type { Db } from '../../platform/db/database';
import { withdrawOwnConsent } from '../consent';
import { type FamilyActor, inOwnFamily } from './own-family';

/** R29: the signed-in member withdraws their own consent; partners read nothing more on it, at once. */
export function withdrawOurConsent(
  db: Db,
  actor: FamilyActor,
  consentId: string,
  input: WithdrawConsentBody,
): Promise<ConsentDto> {
  return inOwnFamily(db, actor, 'consents', (tx, family) =>
    withdrawOwnConsent(tx, actor, { familyId: family.id, memberId: family.me.id }, consentId, input),
  );
}
