// Time as a dependency (ADR 027): rules take `today` as a parameter; whoever calls them gets it from
// a Clock, so a test or the demo can run every rule on any date.
import { brusselsDay, type IsoDate } from './dates';

export type Clock = {
  /** The Belgian calendar day: a referral at 00:30 in Brussels is today's, not yesterday's (UTC). */
  today(): IsoDate;
  /** The instant, for timestamps (sessions, "shared at"). */
  now(): Date;
};

/** A clock stopped at one instant: tests and the demo "as of" a chosen date. */
export function fixedClock(at: IsoDate | Date): Clock {
  // A bare date stands for noon in Brussels, far from midnight in every season.
  const instant = typeof at === 'string' ? new Date(`${at}T10:00:00Z`) : at;
  return { today: () => brusselsDay(instant), now: () => new Date(instant.getTime()) };
}
