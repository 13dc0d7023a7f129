import type { CompletenessQuery, CompletenessResponse } from '../../../../contracts/governance/meetings';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/database';
import { unprocessable } from '../../../platform/http/app-error';
import { listIncompleteReferrals } from '../../intake';
import { requireMeeting } from '../governance-scope';

/** R22: before figures go to a meeting, the files of the period that still miss data. */
export async function checkFiguresCompleteness(
  db: Db,
  actor: Actor,
  meetingId: string,
  query: CompletenessQuery,
): Promise<CompletenessResponse> {
  if (query.from > query.to) throw unprocessable('VALIDATION_FAILED', 'to');
  await requireMeeting(db, actor, meetingId);
  const incomplete = await listIncompleteReferrals(db, actor, query);
  return { from: query.from, to: query.to, incomplete };
}
