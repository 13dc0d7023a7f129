import { and, eq, isNotNull, min, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database';
import { trajectories } from './trajectories.schema';

/** How many families wait for one partner's list, and since when the longest (R18). */
export type PartnerWaiting = { partner: string; families: number; longestSince: string | null };

/**
 * R18, issue 14 point 1: the waiting the system knows itself — open bridging help names the list a
 * family waits on — per partner, keyed by its name as typed (lower case, trimmed), counted in SQL.
 * The social map shows it beside what the partner reports; no family is named.
 */
/** R18: `waitingListKey` in SQL — the list a family waits on, trimmed and in lower case. */
export const waitingListKeySql = () => sql<string>`lower(btrim(${trajectories.waitingListOf}))`;

export async function waitingPerPartner(db: Executor, collaborationId: string): Promise<PartnerWaiting[]> {
  const partner = waitingListKeySql();
  const rows = await db
    .select({
      partner,
      families: sql<number>`count(distinct ${trajectories.familyId})::int`,
      longestSince: min(trajectories.waitingSince),
    })
    .from(trajectories)
    .where(
      and(
        eq(trajectories.collaborationId, collaborationId),
        eq(trajectories.kind, 'bridging'),
        eq(trajectories.status, 'open'),
        isNotNull(trajectories.waitingListOf),
      ),
    )
    .groupBy(partner);
  return rows;
}
