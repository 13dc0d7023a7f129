import type { FigureSnapshotDto, FreezeFiguresBody } from '../../../../contracts/governance/meetings';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/database';
import { AppError, unprocessable } from '../../../platform/http/app-error';
import { listIncompleteReferrals } from '../../intake';
import { getIntakeFigures } from '../../reports';
import { requireMeeting } from '../governance-scope';
import { insertSnapshot } from './documents.repository';
import { toSnapshotDto } from './figures-view';

/**
 * R22: attaches the intake figures of a period to a meeting as a frozen snapshot. Refused while
 * files still miss data, unless the staff officer knowingly freezes them anyway; the snapshot
 * then says how many files were incomplete.
 */
export async function freezeFigures(
  db: Db,
  actor: Actor,
  meetingId: string,
  input: FreezeFiguresBody,
): Promise<FigureSnapshotDto> {
  if (input.from > input.to) throw unprocessable('VALIDATION_FAILED', 'to');
  const period = { from: input.from, to: input.to, fundingLine: input.fundingLine ?? undefined };
  return db.transaction(async (tx) => {
    const { meeting } = await requireMeeting(tx, actor, meetingId, { forUpdate: true });
    const incomplete = await listIncompleteReferrals(tx, actor, period);
    if (incomplete.length > 0 && !input.acceptIncomplete)
      throw new AppError(409, 'GOVERNANCE_FIGURES_INCOMPLETE', { params: { count: incomplete.length } });
    if (incomplete.length > 0 && !input.note?.trim())
      throw unprocessable('GOVERNANCE_INCOMPLETE_FIGURES_NOTE_REQUIRED', 'note');
    // getIntakeFigures only reads; given the transaction, it sees what the completeness check saw.
    const figures = await getIntakeFigures(tx as unknown as Db, actor, period);
    const row = await insertSnapshot(tx, {
      collaborationId: actor.collaborationId,
      meetingId: meeting.id,
      fromDate: input.from,
      toDate: input.to,
      fundingLine: input.fundingLine ?? null,
      figures,
      incompleteCount: incomplete.length,
      note: input.note || null,
      frozenBy: actor.displayName,
    });
    return toSnapshotDto(actor, row);
  });
}
