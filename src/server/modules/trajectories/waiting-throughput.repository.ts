import { and, count, eq, gte, isNotNull, ne } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { trajectories } from './trajectories.schema';
import { waitingListKeySql } from './waiting-per-partner.repository';

/** How many families left each queue for help since a day (R18: the pace of the queue). */
export type Throughput = {
  /**
   * The team's queues: the team's help started on the line (any kind but bridging), per funding
   * line id — the line's capacity, which is what the queue moves at.
   */
  byLine: Map<string, number>;
  /** Follow-up care: bridging help that ended because the follow-up care started, per list (lower case). */
  byList: Map<string, number>;
};

/** Counted in SQL over the collaboration's trajectories since `fromDay` (issue 14 point 2). */
export async function waitingThroughput(
  db: Executor,
  collaborationId: string,
  fromDay: string,
): Promise<Throughput> {
  const list = waitingListKeySql();
  const [lines, lists] = await Promise.all([
    db
      .select({ lineId: trajectories.fundingLineId, left: count() })
      .from(trajectories)
      .where(
        and(
          eq(trajectories.collaborationId, collaborationId),
          ne(trajectories.kind, 'bridging'),
          gte(trajectories.startedOn, fromDay),
        ),
      )
      .groupBy(trajectories.fundingLineId),
    db
      .select({ list, left: count() })
      .from(trajectories)
      .where(
        and(
          eq(trajectories.collaborationId, collaborationId),
          eq(trajectories.kind, 'bridging'),
          eq(trajectories.closeReason, 'followUpCareStarted'),
          isNotNull(trajectories.waitingListOf),
          gte(trajectories.closedOn, fromDay),
        ),
      )
      .groupBy(list),
  ]);
  return {
    byLine: new Map(lines.map((r) => [r.lineId, r.left])),
    byList: new Map(lists.map((r) => [r.list, r.left])),
  };
}
