import type { CoachMatchDto, MatchInput } from '../../../contracts/coaching';
import { checkMatch, FAMILY_COACHING_LINE, type MatchProblem } from '../../../domain/family-coaching';
import type { Actor } from '../../platform/auth/actor';
import type { Db, Executor } from '../../platform/db/database';
import { AppError, unprocessable } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { familyLabel, inFamilyFile, listMembersOf, toMemberView } from '../families';
import { referralsOfFamilies } from '../intake';
import { insertMatch, lockCoachingDesk } from './coaching.repository';
import { type CoachingBoard, coachingBoard } from './coaching-board';
import { toMatchDto } from './coaching-views';

const UNIQUE_VIOLATION = '23505';

/**
 * R23: the central registration point matches a waiting family to a family coach with a free
 * place. The coach eenplan suggests is recorded, and a reason when another one is chosen. The
 * coach gets no access to the file through this (ADR 015): many volunteers have no account.
 */
export async function matchFamily(db: Db, actor: Actor, input: MatchInput): Promise<CoachMatchDto> {
  return inFamilyFile(db, actor, input.familyId, async (tx, family) => {
    const today = actor.clock.today();
    await lockCoachingDesk(tx, actor.collaborationId);
    const board = await coachingBoard(tx, actor, today);
    if (board.running.some((m) => m.familyId === family.id))
      throw new AppError(409, 'FAMILY_ALREADY_MATCHED');
    const referral = await referralToAnswer(tx, actor, family.id, input.referralId ?? null, board);
    const suggestedCoachId = board.suggestions.get(family.id) ?? null;
    const coach = board.coaches.find((c) => c.id === input.coachId) ?? null;
    const matchedOn = input.matchedOn ?? today;
    const problem = checkMatch({
      coach,
      coachId: input.coachId,
      suggestedCoachId,
      reason: input.reason,
      matchedOn,
      referralReceivedOn: referral.receivedOn,
      today,
    });
    if (problem) throw refusal(problem);
    const isOverride = input.coachId !== suggestedCoachId;
    const row = await insertMatch(tx, {
      collaborationId: actor.collaborationId,
      familyId: family.id,
      coachWorkerId: input.coachId,
      referralId: referral.id,
      matchedOn,
      matchedBy: actor.userId,
      matchedByName: actor.displayName,
      suggestedCoachWorkerId: suggestedCoachId,
      // The reason explains passing the suggestion; with the suggested coach there is none to keep.
      choiceReason: isOverride ? (input.reason?.trim() ?? null) : null,
    }).catch((error: unknown) => {
      // The database's own guard (one running match per family) for a match made elsewhere.
      if ((error as { cause?: { code?: string } }).cause?.code === UNIQUE_VIOLATION)
        throw new AppError(409, 'FAMILY_ALREADY_MATCHED');
      throw error;
    });
    await recordAudit(tx, actor, {
      action: 'create',
      entityType: 'coachMatch',
      entityId: row.id,
      familyId: family.id,
      details: {
        coachId: row.coachWorkerId,
        suggestedCoachId,
        isOverride,
        referralId: referral.id,
        matchedOn,
      },
    });
    const members = (await listMembersOf(tx, [family.id])).map(toMemberView);
    return toMatchDto(row, board.workers, familyLabel(members));
  });
}

/** The coaching referral the match answers: the one named, else the one the family waits on. */
async function referralToAnswer(
  tx: Executor,
  actor: Actor,
  familyId: string,
  referralId: string | null,
  board: CoachingBoard,
) {
  if (!referralId) {
    const waiting = board.waiting.find((w) => w.familyId === familyId);
    if (!waiting) throw unprocessable('COACH_REFERRAL_MISSING', 'familyId');
    return waiting.referral;
  }
  const referral = (await referralsOfFamilies(tx, actor.collaborationId, [familyId])).find(
    (r) =>
      r.id === referralId &&
      r.fundingLine.code === FAMILY_COACHING_LINE &&
      (r.status === 'started' || r.status === 'waitingList'),
  );
  if (!referral) throw unprocessable('COACH_REFERRAL_MISSING', 'referralId');
  return referral;
}

function refusal(problem: MatchProblem): AppError {
  if (problem.code !== 'COACH_CASELOAD_FULL') return unprocessable(problem.code, problem.field);
  const { limit, running } = problem;
  // The limit travels with the refusal, so a partner system can say "full at 3 families".
  const detail = { field: problem.field, code: problem.code, message: '', limit, running };
  return new AppError(422, problem.code, { details: [detail], params: { limit, running } });
}
