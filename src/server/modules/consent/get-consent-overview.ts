// The worker's page of a family's consents (R29), sharing log (R29) and minors' standing and
// assessments (R27). Reading it is a read of the family's data: audited.
import type { ConsentOverviewDto } from '../../../contracts/consent';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { recordAudit } from '../audit';
import { inFamilyFile } from '../families';
import { listSharingsOf } from './consent.repository';
import { consentFactsOf, memberName } from './consent-facts';
import { organisationsById, toAssessmentDto, toConsentDto, toSharingDto } from './consent-view';

export async function getConsentOverview(
  db: Db,
  actor: Actor,
  familyId: string,
): Promise<ConsentOverviewDto> {
  const today = actor.clock.today();
  return inFamilyFile(db, actor, familyId, async (tx, family) => {
    await recordAudit(tx, actor, {
      action: 'read',
      entityType: 'family',
      entityId: family.id,
      familyId: family.id,
      details: { view: 'consent' },
    });
    const facts = await consentFactsOf(tx, family.id, today);
    const organisations = await organisationsById(tx, actor.collaborationId);
    const sharings = await listSharingsOf(tx, family.id);
    return {
      members: facts.members.map((m) => ({
        id: m.id,
        role: m.role,
        name: memberName(m),
        standing: m.standing,
      })),
      consents: facts.consents.map((c) => toConsentDto(c, facts, organisations, today)),
      sharings: sharings.map((s) => toSharingDto(s, facts.consents, organisations, today)),
      assessments: facts.assessments.map((a) => toAssessmentDto(a, today)),
    };
  });
}
