import { addDays, type IsoDate } from '../../../domain/dates';
import { expectedWaitDays, THROUGHPUT_WINDOW_DAYS } from '../../../domain/expected-wait';
import { waitingListKey } from '../../../domain/waiting-list';
import type { Executor } from '../../platform/db/database';
import { findFundingLinesByIds } from '../funding';
import { waitingThroughput } from './waiting-throughput.repository';

type Queue = { kind: 'team' | 'followUpCare'; queue: string; waiting: number };
export type ExpectedWait = { leftInWindow: number; expectedDays: number | null };

/**
 * R18, issue 14 point 2: per queue, how many families left it for help in the last 13 weeks and
 * what a family joining now can expect. A team queue is a funding line (by its name, as the list
 * shows it); a follow-up queue is the service's list, as workers typed it.
 */
export async function expectedWaits<Q extends Queue>(
  db: Executor,
  collaborationId: string,
  today: IsoDate,
  queues: Q[],
): Promise<(Q & ExpectedWait)[]> {
  const pace = await waitingThroughput(db, collaborationId, addDays(today, -THROUGHPUT_WINDOW_DAYS));
  const lines = await findFundingLinesByIds(db, [...pace.byLine.keys()]);
  const byLineName = new Map(lines.map((l) => [l.name, pace.byLine.get(l.id) ?? 0]));
  return queues.map((q) => {
    const leftInWindow =
      (q.kind === 'team' ? byLineName.get(q.queue) : pace.byList.get(waitingListKey(q.queue))) ?? 0;
    return { ...q, leftInWindow, expectedDays: expectedWaitDays(q.waiting, leftInWindow) };
  });
}
