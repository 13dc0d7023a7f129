// The checks a consent passes whoever records it, the worker from a paper form or the member in
// the portal: the giver is of the family and may give it (R27), a partner consent names a partner.
import type { GiveConsentBody } from '../../../contracts/consent';
import { checkConsentGiver } from '../../../domain/consent';
import type { Actor } from '../../platform/auth/actor';
import type { Executor } from '../../platform/db/database';
import { unprocessable } from '../../platform/http/app-error';
import { findOrganisation } from '../network';
import type { FamilyConsentFacts } from './consent-facts';

export async function checkConsentTerms(
  tx: Executor,
  actor: Actor,
  facts: FamilyConsentFacts,
  memberId: string,
  terms: GiveConsentBody,
): Promise<{ organisationId: string | null }> {
  const giver = facts.members.find((m) => m.id === memberId);
  if (!giver) throw unprocessable('CONSENT_MEMBER_UNKNOWN', 'memberId');
  const problem = checkConsentGiver({ giver, standing: giver.standing, recipient: terms.recipient });
  if (problem) throw unprocessable(problem, 'memberId');
  if (terms.recipient === 'parents') return { organisationId: null };
  if (!terms.organisationId) throw unprocessable('CONSENT_ORGANISATION_REQUIRED', 'organisationId');
  const organisation = await findOrganisation(tx, actor.collaborationId, terms.organisationId);
  if (!organisation?.isActive) throw unprocessable('CONSENT_ORGANISATION_UNKNOWN', 'organisationId');
  return { organisationId: organisation.id };
}
