import type { StartTrajectoryBody, TrajectoryDto } from '../../../contracts/trajectories';
import { isLineOpenOn } from '../../../domain/funding-line';
import { FAMILY_CARE_LINE } from '../../../domain/funding-lines';
import { checkTrajectoryOnLine, yearOf } from '../../../domain/line-starts';
import { checkStart } from '../../../domain/trajectories';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { lockFor } from '../../platform/db/lock';
import { AppError, unprocessable } from '../../platform/http/app-error';
import { recordAudit } from '../audit';
import { inFamilyFile } from '../families';
import { findFundingLineByCode, lineYearSettings } from '../funding';
import { referralsOfFamilies } from '../intake';
import { familyCareStartValues, requireFamilyCareEligible } from './family-care-details';
import { insertTrajectory, listOpenTrajectories } from './trajectories.repository';
import { handoverRecord } from './trajectory-details';
import { toTrajectoryDto } from './trajectory-view';

/** Starts a trajectory of one kind on a funding line, from the family's referral when there is one. */
export async function startTrajectory(
  db: Db,
  actor: Actor,
  familyId: string,
  input: StartTrajectoryBody,
): Promise<TrajectoryDto> {
  const today = actor.clock.today();
  const startedOn = input.startedOn ?? today;
  return inFamilyFile(db, actor, familyId, async (tx, family) => {
    // One start at a time per family, so that two clicks do not open the same kind twice.
    await lockFor(tx, `trajectory-start:${family.id}`);
    const line = await findFundingLineByCode(tx, actor.collaborationId, input.fundingLine);
    if (!line) throw unprocessable('FUNDING_LINE_UNKNOWN', 'fundingLine');
    if (!isLineOpenOn(line, startedOn)) throw unprocessable('FUNDING_LINE_ENDED', 'fundingLine'); // R8
    const familyReferrals = await referralsOfFamilies(tx, actor.collaborationId, [family.id]);
    const referral = input.referralId ? familyReferrals.find((r) => r.id === input.referralId) : null;
    if (input.referralId && !referral) throw unprocessable('REFERRAL_NOT_OF_FAMILY', 'referralId');
    // R4 R6: on a line with a quota, cap or price the start was counted (and refused past the
    // cap) at intake; a trajectory there needs that started referral, never a start of its own.
    const onLine = checkTrajectoryOnLine({
      limits: await lineYearSettings(tx, line.id, yearOf(startedOn)),
      lineCode: line.code,
      referralId: input.referralId ?? null,
      familyReferrals: familyReferrals.map((r) => ({ ...r, fundingLineCode: r.fundingLine.code })),
    });
    if (onLine) throw unprocessable(onLine.code, onLine.field, { fundingLine: line.code });
    const open = await listOpenTrajectories(tx, actor.collaborationId, [family.id]);
    const problem = checkStart({
      kind: input.kind,
      fundingLine: line.code,
      startedOn,
      today,
      openKinds: open.map((t) => t.kind),
    });
    if (problem?.code === 'TRAJECTORY_ALREADY_OPEN') throw new AppError(409, problem.code);
    if (problem) throw unprocessable(problem.code, problem.field);
    // R5: another kind of help paid from the family-care line needs an eligible family too.
    if (line.code === FAMILY_CARE_LINE && input.kind !== 'familyCare')
      await requireFamilyCareEligible(tx, family.id, startedOn);
    if (input.kind === 'bridging' && input.bridging.waitingSince > today)
      throw unprocessable('WAITING_SINCE_IN_FUTURE', 'bridging.waitingSince');
    const familyCare =
      input.kind === 'familyCare'
        ? await familyCareStartValues(tx, family.id, input.familyCare, {
            startedOn,
            today,
            referralReceivedOn: referral?.receivedOn ?? null,
          })
        : {};

    const row = await insertTrajectory(tx, {
      collaborationId: actor.collaborationId,
      familyId: family.id,
      kind: input.kind,
      fundingLineId: line.id,
      referralId: input.referralId ?? null,
      startedOn,
      startedBy: actor.userId,
      startedByName: actor.displayName,
      ...(input.kind === 'bridging' ? input.bridging : {}),
      ...(input.kind === 'handover' ? { handover: handoverRecord(input.handover, startedOn, today) } : {}),
      ...(input.kind === 'movingOut'
        ? {
            newMunicipality: input.movingOut.newMunicipality,
            movingOn: input.movingOut.movingOn ?? null,
            handover: handoverRecord(input.handover, startedOn, today),
          }
        : {}),
      ...familyCare,
    });
    await recordAudit(tx, actor, {
      action: 'create',
      entityType: 'trajectory',
      entityId: row.id,
      familyId: family.id,
      details: { kind: row.kind, fundingLine: line.code, startedOn },
    });
    return toTrajectoryDto(tx, row, actor.clock.today());
  });
}
