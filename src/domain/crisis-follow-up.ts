// R4: crisis follow-up is its own line with a yearly quota (20 trajectories expected). Past the
// quota a referral is not refused by the system: the coordinator decides — accept with a
// recorded reason, put on the waiting list, or refuse — and every over-quota referral is counted
// as a signal to government (R19).
export { CRISIS_FOLLOW_UP_LINE } from './funding-lines';
export const DEFAULT_CRISIS_QUOTA = 20;

export function isOverQuota(startedThisYear: number, quota: number | null): boolean {
  return quota !== null && startedThisYear >= quota;
}
