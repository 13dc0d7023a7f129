import type { AssignmentDecisionDto, AssignmentSuggestionResponse } from '../../../contracts/team';
import { type Suggestion, suggestAssignment } from '../../../domain/assignment';
import type { IsoDate } from '../../../domain/dates';
import { isAssignmentActive } from '../../../domain/family-access';
import type { Actor } from '../../platform/auth/actor';
import type { Executor } from '../../platform/db/database';
import type { FamilyFile } from '../families';
import { findPeople } from '../identity';
import { findMunicipality } from '../network';
import { type AssignmentDecisionRow, listAssignmentDecisions } from './assignment.repository';
import { gatherCaseloadFacts } from './caseload-facts';
import { toCaseloadWorker } from './get-team-caseload';

export const toDecisionDto = (r: AssignmentDecisionRow): AssignmentDecisionDto => ({
  id: r.id,
  familyId: r.familyId,
  referralId: r.referralId,
  workerId: r.workerId,
  workerName: r.workerName,
  suggestedWorkerId: r.suggestedWorkerId,
  suggestedWorkerName: r.suggestedWorkerName,
  isOverride: r.isOverride,
  overrideReason: r.overrideReason,
  zoneCode: r.zoneCode,
  decidedOn: r.decidedOn,
  decidedByName: r.decidedByName,
});

/** R10 for one family: its region and the team's candidates, computed now from the caseloads. */
export async function suggestionFor(
  tx: Executor,
  actor: Actor,
  family: Pick<FamilyFile, 'municipalityNis'>,
  today: IsoDate,
): Promise<{ zone: { code: string; name: string } | null; suggestion: Suggestion }> {
  const municipality = await findMunicipality(tx, family.municipalityNis);
  const zone = municipality?.primaryCareZone ?? null;
  const facts = await gatherCaseloadFacts(tx, actor.collaborationId, today);
  return { zone, suggestion: suggestAssignment(facts, zone?.code ?? null, today) };
}

/** What the assignment card shows: the suggestion, who works with the family, earlier choices. */
export async function assignmentView(
  tx: Executor,
  actor: Actor,
  family: Pick<FamilyFile, 'id' | 'municipalityNis' | 'assignments'>,
  today: IsoDate,
): Promise<AssignmentSuggestionResponse> {
  const { zone, suggestion } = await suggestionFor(tx, actor, family, today);
  const running = family.assignments.filter((a) => isAssignmentActive(a, today));
  const people = await findPeople(
    tx,
    actor.collaborationId,
    running.map((a) => a.userId),
  );
  const nameOf = new Map(people.map((p) => [p.id, p.displayName]));
  const decisions = await listAssignmentDecisions(tx, actor.collaborationId, { familyId: family.id });
  return {
    familyId: family.id,
    zone,
    scope: suggestion.scope,
    suggestedWorkerId: suggestion.suggestedWorkerId,
    candidates: suggestion.candidates.map((c) => ({
      ...toCaseloadWorker(c, today),
      isInRegion: c.isInRegion,
    })),
    assignedTo: running.map((a) => ({
      userId: a.userId,
      displayName: nameOf.get(a.userId) ?? '',
      fromOn: a.fromOn,
    })),
    decisions: decisions.map(toDecisionDto),
  };
}
