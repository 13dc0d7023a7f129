// R29: a withdrawal takes effect at once — the day it is recorded the consent no longer holds, so
// every partner view that rests on it closes (get-received-sharing.ts reads the live consent).
import type { ConsentDto, WithdrawConsentBody } from '../../../contracts/consent';
import type { Actor } from '../../platform/auth/actor';
import type { Db, Executor } from '../../platform/db/database';
import { AppError, notFound, unprocessable } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { inFamilyFile } from '../families';
import { findConsent, withdrawConsentRow } from './consent.repository';
import { consentFactsOf } from './consent-facts';
import { organisationsById, toConsentDto } from './consent-view';

type Withdrawal = { source: 'portal' | 'paperForm'; onlyOf?: string };

/** The withdrawal itself, in the caller's transaction on a file it opened. */
export async function withdrawInFile(
  tx: Executor,
  actor: Actor,
  familyId: string,
  consentId: string,
  input: WithdrawConsentBody,
  how: Withdrawal,
): Promise<ConsentDto> {
  const today = actor.clock.today();
  const consent = await findConsent(tx, familyId, consentId);
  if (!consent) throw notFound();
  // A family member withdraws their own consent; a parent cannot take back the child's (R27).
  if (how.onlyOf && consent.memberId !== how.onlyOf) throw new AppError(403, 'CONSENT_NOT_YOURS');
  if (input.formDate && input.formDate > today)
    throw unprocessable('CONSENT_FORM_DATE_IN_FUTURE', 'formDate');
  const row = await withdrawConsentRow(tx, {
    id: consent.id,
    version: input.baseVersion,
    withdrawnOn: today,
    source: how.source,
    byName: actor.displayName,
  });
  if (!row) throw new AppError(409, 'CONSENT_ALREADY_WITHDRAWN');
  await recordAudit(tx, actor, {
    action: 'withdraw',
    entityType: 'consent',
    entityId: row.id,
    familyId,
    details: { organisationId: row.organisationId, source: how.source, formDate: input.formDate ?? null },
  });
  const facts = await consentFactsOf(tx, familyId, today);
  return toConsentDto(row, facts, await organisationsById(tx, actor.collaborationId), today);
}

/** The worker records a withdrawal the family made on paper or by telling them. */
export async function withdrawConsent(
  db: Db,
  actor: Actor,
  familyId: string,
  consentId: string,
  input: WithdrawConsentBody,
): Promise<ConsentDto> {
  return inFamilyFile(db, actor, familyId, (tx, family) =>
    withdrawInFile(tx, actor, family.id, consentId, input, { source: 'paperForm' }),
  );
}
