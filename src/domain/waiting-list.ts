// R18: waiting is made visible and active. Families wait for the team (a referral put on the
// waiting list, per funding line) or for follow-up care at another service (recorded by the
// bridging help they get meanwhile, R2). Each queue is first come, first served.
import { daysBetween, type IsoDate } from './dates';
import { percentile } from './statistics';

export type WaitingEntry = {
  /** The queue: a funding line for the team's own list, the service for follow-up care. */
  queue: string;
  since: IsoDate;
  /** Breaks ties between families waiting since the same day (e.g. the referral reference). */
  tiebreak: string;
};

export type Ranked<T> = T & { position: number; waitingDays: number };

/** Each family's place in its queue (1 = next) and how long it has waited, in days. */
export function rankWaiting<T extends WaitingEntry>(entries: readonly T[], today: IsoDate): Ranked<T>[] {
  const sorted = [...entries].sort(
    (a, b) =>
      a.queue.localeCompare(b.queue) ||
      a.since.localeCompare(b.since) ||
      a.tiebreak.localeCompare(b.tiebreak),
  );
  const positions = new Map<string, number>();
  return sorted.map((entry) => {
    const position = (positions.get(entry.queue) ?? 0) + 1;
    positions.set(entry.queue, position);
    return { ...entry, position, waitingDays: Math.max(0, daysBetween(entry.since, today)) };
  });
}

export type WaitingFigures = {
  queue: string;
  waiting: number;
  medianDays: number | null;
  p90Days: number | null;
  longestDays: number | null;
};

/** Per queue: how many wait, and the median, 90th percentile and longest wait so far. */
export function waitingFigures(entries: readonly { queue: string; waitingDays: number }[]): WaitingFigures[] {
  const byQueue = new Map<string, number[]>();
  for (const e of entries) byQueue.set(e.queue, [...(byQueue.get(e.queue) ?? []), e.waitingDays]);
  return [...byQueue.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([queue, days]) => ({
      queue,
      waiting: days.length,
      medianDays: percentile(days, 0.5),
      p90Days: percentile(days, 0.9),
      longestDays: days.length > 0 ? Math.max(...days) : null,
    }));
}

/**
 * R18: a follow-up queue is the service's list as workers type its name; "CGG De Brug" and
 * " cgg de brug" are one list. The key the queues are grouped and matched by (the SQL that groups
 * them, `waitingListKeySql`, uses the same folding: trimmed, lower case).
 */
export function waitingListKey(name: string): string {
  return name.trim().toLowerCase();
}
