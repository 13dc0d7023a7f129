// R27: a worker records that a minor of 12 to 17 was assessed not competent, with the reason and a
// date to review it. Up to that date the parents exercise the minor's rights; from the day after,
// the presumption of competence returns unless a new assessment is recorded.
import type { AssessmentBody, AssessmentDto } from '../../../contracts/consent';
import { ADULT_AGE, ageOn, COMPETENCE_AGE } from '../../../domain/minors';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { unprocessable } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { inFamilyFile } from '../families';
import { insertAssessment } from './consent.repository';
import { consentFactsOf } from './consent-facts';
import { toAssessmentDto } from './consent-view';

export async function assessCompetence(
  db: Db,
  actor: Actor,
  familyId: string,
  input: AssessmentBody,
): Promise<AssessmentDto> {
  const today = actor.clock.today();
  if (input.assessedOn > today) throw unprocessable('ASSESSMENT_IN_FUTURE', 'assessedOn');
  if (input.reviewOn <= input.assessedOn)
    throw unprocessable('ASSESSMENT_REVIEW_BEFORE_ASSESSMENT', 'reviewOn');
  return inFamilyFile(db, actor, familyId, async (tx, family) => {
    const facts = await consentFactsOf(tx, family.id, input.assessedOn);
    const member = facts.members.find((m) => m.id === input.memberId);
    if (!member) throw unprocessable('CONSENT_MEMBER_UNKNOWN', 'memberId');
    const age = member.birthDate ? ageOn(member.birthDate, input.assessedOn) : null;
    if (member.role !== 'child' || age === null || age < COMPETENCE_AGE || age >= ADULT_AGE)
      throw unprocessable('ASSESSMENT_NOT_A_MINOR', 'memberId');
    const row = await insertAssessment(tx, {
      collaborationId: actor.collaborationId,
      familyId: family.id,
      memberId: member.id,
      reason: input.reason,
      assessedOn: input.assessedOn,
      reviewOn: input.reviewOn,
      assessedBy: actor.userId,
      assessedByName: actor.displayName,
    });
    // The reason stays out of the audit row: it is about the child.
    await recordAudit(tx, actor, {
      action: 'assess',
      entityType: 'competenceAssessment',
      entityId: row.id,
      familyId: family.id,
      details: { memberId: member.id, reviewOn: row.reviewOn },
    });
    return toAssessmentDto(row, today);
  });
}
