// R18, issue 14 point 2: waiting made active — how long a family that joins a queue today can
// expect to wait, told from the queue's recent throughput (how many left it for help in the last
// 13 weeks), not from a promise. With nobody leaving in that window there is no honest estimate.

/** The window the throughput is counted over: a quarter, long enough to smooth holidays. */
export const THROUGHPUT_WINDOW_DAYS = 91;

/**
 * Days a family joining now can expect to wait: the families ahead of it and itself, at the pace
 * families left the queue in the window (Little's law on a first-come queue). Null without pace.
 */
export function expectedWaitDays(
  waiting: number,
  leftInWindow: number,
  windowDays = THROUGHPUT_WINDOW_DAYS,
): number | null {
  if (leftInWindow <= 0) return null;
  return Math.ceil(((waiting + 1) * windowDays) / leftInWindow);
}
