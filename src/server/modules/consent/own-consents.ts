// R29, R27, in the family's own portal (issue 13 point 4): the signed-in member gives and withdraws
// their own consents, and the family reads its consents and the sharing log. The portal opens the
// family through its own door (portal/own-family.ts) and calls these in that transaction.
import type {
  ConsentDto,
  FamilyConsentsDto,
  GiveConsentBody,
  WithdrawConsentBody,
} from '../../../contracts/consent';
import type { Actor } from '../../platform/auth/actor';
import type { Executor } from '../../platform/db/database';
import { recordAudit } from '../audit';
import { insertConsent, listSharingsOf } from './consent.repository';
import { consentFactsOf } from './consent-facts';
import { checkConsentTerms } from './consent-terms';
import { organisationsById, toConsentDto, toSharingDto } from './consent-view';
import { withdrawInFile } from './withdraw-consent';

type Own = { familyId: string; memberId: string };

export async function readOwnConsents(tx: Executor, actor: Actor, own: Own): Promise<FamilyConsentsDto> {
  const today = actor.clock.today();
  const facts = await consentFactsOf(tx, own.familyId, today);
  const organisations = await organisationsById(tx, actor.collaborationId);
  const sharings = await listSharingsOf(tx, own.familyId);
  return {
    memberId: own.memberId,
    consents: facts.consents.map((c) => toConsentDto(c, facts, organisations, today)),
    sharings: sharings.map((s) => toSharingDto(s, facts.consents, organisations, today)),
  };
}

/** The member consents as themselves, from today; R27 decides whether they can. */
export async function giveOwnConsent(
  tx: Executor,
  actor: Actor,
  own: Own,
  input: GiveConsentBody,
): Promise<ConsentDto> {
  const today = actor.clock.today();
  const facts = await consentFactsOf(tx, own.familyId, today);
  const { organisationId } = await checkConsentTerms(tx, actor, facts, own.memberId, input);
  const row = await insertConsent(tx, {
    collaborationId: actor.collaborationId,
    familyId: own.familyId,
    memberId: own.memberId,
    recipient: input.recipient,
    organisationId,
    purpose: input.purpose,
    scopes: [...new Set(input.scopes)],
    givenOn: today,
    source: 'portal',
    recordedBy: actor.userId,
    recordedByName: actor.displayName,
    childView: input.childView ?? null,
  });
  await recordAudit(tx, actor, {
    action: 'create',
    entityType: 'consent',
    entityId: row.id,
    familyId: own.familyId,
    details: { recipient: row.recipient, organisationId, scopes: row.scopes, source: 'portal' },
  });
  return toConsentDto(row, facts, await organisationsById(tx, actor.collaborationId), today);
}

/** The member withdraws their own consent; it takes effect at once (R29). */
export function withdrawOwnConsent(
  tx: Executor,
  actor: Actor,
  own: Own,
  consentId: string,
  input: WithdrawConsentBody,
): Promise<ConsentDto> {
  return withdrawInFile(
    tx,
    actor,
    own.familyId,
    consentId,
    { baseVersion: input.baseVersion },
    {
      source: 'portal',
      onlyOf: own.memberId,
    },
  );
}
