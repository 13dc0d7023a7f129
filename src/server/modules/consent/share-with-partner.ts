// R29: every sharing with a partner goes through here. It refuses without a consent that holds
// today for this partner, purpose and scope — and for youth-court services without the consent of
// every parent and competent minor — and writes the sharing log: what, to whom, purpose, on which
// consents, by whom, when. What goes is what the family itself may read (R28 marks stay out).
import type { ShareBody, SharedContentDto, SharingDto } from '../../../contracts/consent';
import { type ConsentScope, sharingDecision } from '../../../domain/consent';
import { isYouthCourtService } from '../../../domain/organisation-kinds';
import type { Actor } from '../../platform/auth/actor';
import type { Db, Executor } from '../../platform/db/database';
import { AppError, unprocessable } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { type FamilyFile, familyLabel, inFamilyFile, listMembersOf, toMemberView } from '../families';
import { findOrganisation } from '../network';
import { currentPlanOf, toPlanVersionDto } from '../plans';
import { listContactsOf, listTrajectoriesOf } from '../trajectories';
import { insertSharing } from './consent.repository';
import { consentFactsOf, toConsentFacts } from './consent-facts';
import { organisationsById, toSharingDto } from './consent-view';
import { visibilityFactsOf } from './visibility-facts';

const covers = (scope: ConsentScope, part: ConsentScope) => scope === part || scope === 'wholeFile';

/** Shares in the caller's transaction on a file it opened; other modules call this when they share. */
export async function shareWithPartner(
  tx: Executor,
  actor: Actor,
  family: FamilyFile,
  input: ShareBody,
): Promise<SharingDto> {
  const today = actor.clock.today();
  const organisation = await findOrganisation(tx, actor.collaborationId, input.organisationId);
  if (!organisation?.isActive) throw unprocessable('CONSENT_ORGANISATION_UNKNOWN', 'organisationId');
  const facts = await consentFactsOf(tx, family.id, today);
  const decision = sharingDecision({
    members: facts.members,
    assessments: facts.assessments,
    consents: facts.consents.map(toConsentFacts),
    organisationIsYouthCourt: isYouthCourtService(organisation.kind),
    sharing: { organisationId: organisation.id, purpose: input.purpose, scope: input.scope },
    on: today,
  });
  if (!decision.allowed)
    throw new AppError(422, decision.code, {
      details: [{ field: 'organisationId', code: decision.code, message: '' }],
      params: { missingMemberIds: decision.missingMemberIds },
    });
  const row = await insertSharing(tx, {
    collaborationId: actor.collaborationId,
    familyId: family.id,
    organisationId: organisation.id,
    purpose: input.purpose.trim(),
    scope: input.scope,
    consentIds: decision.consentIds,
    content: await sharedContentOf(tx, family.id, input.scope, today),
    sharedOn: today,
    sharedBy: actor.userId,
    sharedByName: actor.displayName,
  });
  await recordAudit(tx, actor, {
    action: 'share',
    entityType: 'sharing',
    entityId: row.id,
    familyId: family.id,
    details: { organisationId: organisation.id, scope: row.scope, consentIds: row.consentIds },
  });
  return toSharingDto(row, facts.consents, await organisationsById(tx, actor.collaborationId), today);
}

/** The worker shares the plan, the contacts or the hand-over record with a partner. */
export async function shareFamilyData(db: Db, actor: Actor, familyId: string, input: ShareBody) {
  return inFamilyFile(db, actor, familyId, (tx, family) => shareWithPartner(tx, actor, family, input));
}

async function sharedContentOf(
  tx: Executor,
  familyId: string,
  scope: ConsentScope,
  today: string,
): Promise<SharedContentDto> {
  const members = (await listMembersOf(tx, [familyId])).map(toMemberView);
  const content: SharedContentDto = { familyLabel: familyLabel(members) };
  if (covers(scope, 'plan')) {
    const plan = await currentPlanOf(tx, familyId);
    content.plan = plan ? toPlanVersionDto(plan) : null;
  }
  if (covers(scope, 'contacts')) {
    const visibility = await visibilityFactsOf(tx, familyId, today);
    content.contacts = (await listContactsOf(tx, familyId))
      .filter((c) => visibility.maySee(null, c))
      .map((c) => ({
        kind: c.kind,
        occurredOn: c.occurredOn,
        durationMinutes: c.durationMinutes,
        note: c.note,
      }));
  }
  if (covers(scope, 'handoverRecord')) {
    content.handovers = (await listTrajectoriesOf(tx, [familyId]))
      .filter((t) => t.handover !== null)
      .map((t) => ({
        receivingServices: (t.handover?.receivingServices ?? []).map((s) => ({
          organisation: s.organisation,
          service: s.service ?? null,
          worker: s.worker ?? null,
        })),
        conversationOn: t.handover?.conversationOn ?? null,
        sharedInformation: t.handover?.sharedInformation ?? null,
        coordinationAgreement: t.handover?.coordinationAgreement ?? null,
      }));
  }
  return content;
}
