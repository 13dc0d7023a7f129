// How coaches and matches are shown: the same names and flags in every answer.
import type { CoachDto, CoachMatchDto } from '../../../contracts/coaching';
import type { WorkerDto } from '../../../contracts/team';
import { freePlaces, isFull, isOverLimit } from '../../../domain/family-coaching';
import type { CoachMatchRow } from './coaching.repository';
import type { CoachFacts } from './coaching-board';

export function toCoachDto(c: CoachFacts): CoachDto {
  return {
    id: c.id,
    displayName: c.name,
    function: c.function,
    isVolunteer: c.function === 'volunteerFamilyCoach',
    organisationName: c.organisationName,
    zone: c.zone,
    caseloadLimit: c.limit,
    running: c.running,
    freePlaces: freePlaces(c),
    isFull: isFull(c),
    isOverLimit: isOverLimit(c),
    isAbsentToday: c.isAbsentToday,
  };
}

export function coachRef(worker: Pick<WorkerDto, 'id' | 'displayName' | 'function'> | undefined, id: string) {
  return {
    id,
    displayName: worker?.displayName ?? '',
    isVolunteer: worker?.function === 'volunteerFamilyCoach',
  };
}

export function toMatchDto(
  m: CoachMatchRow,
  workers: Map<string, WorkerDto>,
  familyLabel: string | null,
): CoachMatchDto {
  return {
    id: m.id,
    familyId: m.familyId,
    familyLabel,
    coach: coachRef(workers.get(m.coachWorkerId), m.coachWorkerId),
    referralId: m.referralId,
    matchedOn: m.matchedOn,
    endedOn: m.endedOn,
    endReason: m.endReason,
    matchedByName: m.matchedByName,
    suggestedCoachId: m.suggestedCoachWorkerId,
    choiceReason: m.choiceReason,
  };
}
