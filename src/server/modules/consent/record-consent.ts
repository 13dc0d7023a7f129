// R29: the worker records a consent the family gave on a signed paper form: who recorded it and the
// date of the form, which is the day the consent holds from. R27 is checked on that day.
import type { ConsentDto, RecordConsentBody } from '../../../contracts/consent';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { unprocessable } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { inFamilyFile } from '../families';
import { insertConsent } from './consent.repository';
import { consentFactsOf } from './consent-facts';
import { checkConsentTerms } from './consent-terms';
import { organisationsById, toConsentDto } from './consent-view';

export async function recordConsent(
  db: Db,
  actor: Actor,
  familyId: string,
  input: RecordConsentBody,
): Promise<ConsentDto> {
  const today = actor.clock.today();
  if (input.formDate > today) throw unprocessable('CONSENT_FORM_DATE_IN_FUTURE', 'formDate');
  return inFamilyFile(db, actor, familyId, async (tx, family) => {
    const facts = await consentFactsOf(tx, family.id, input.formDate);
    const { organisationId } = await checkConsentTerms(tx, actor, facts, input.memberId, input);
    const row = await insertConsent(tx, {
      collaborationId: actor.collaborationId,
      familyId: family.id,
      memberId: input.memberId,
      recipient: input.recipient,
      organisationId,
      purpose: input.purpose,
      scopes: [...new Set(input.scopes)],
      givenOn: input.formDate,
      source: 'paperForm',
      formDate: input.formDate,
      recordedBy: actor.userId,
      recordedByName: actor.displayName,
      childView: input.childView ?? null,
    });
    await recordAudit(tx, actor, {
      action: 'create',
      entityType: 'consent',
      entityId: row.id,
      familyId: family.id,
      details: { recipient: row.recipient, organisationId, scopes: row.scopes, source: 'paperForm' },
    });
    return toConsentDto(row, facts, await organisationsById(tx, actor.collaborationId), today);
  });
}
