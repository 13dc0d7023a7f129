// Intake decisions (R4): started, not started with a reason, or waiting list (R18). A
// referral is decided once; a later change of course is a new step in the family's
// journey, not an overwrite of the answer the referrer got.
import type { IsoDate } from './dates';

export const REFERRAL_STATUSES = ['received', 'started', 'notStarted', 'waitingList'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const DECISION_OUTCOMES = ['started', 'notStarted', 'waitingList'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export type DecisionProblem =
  | { code: 'REFERRAL_ALREADY_DECIDED' }
  | { code: 'DECISION_REASON_REQUIRED'; field: 'reason' }
  | { code: 'DECISION_REASON_UNKNOWN'; field: 'reason' }
  | { code: 'DECISION_BEFORE_RECEIPT'; field: 'decidedOn' }
  | { code: 'DECISION_IN_FUTURE'; field: 'decidedOn' };

export function checkDecision(input: {
  currentStatus: string;
  receivedOn: IsoDate;
  outcome: DecisionOutcome;
  reason: string | null | undefined;
  decidedOn: IsoDate;
  today: IsoDate;
  knownReasons: readonly string[];
}): DecisionProblem | null {
  if (input.currentStatus !== 'received') return { code: 'REFERRAL_ALREADY_DECIDED' };
  if (input.decidedOn < input.receivedOn) return { code: 'DECISION_BEFORE_RECEIPT', field: 'decidedOn' };
  if (input.decidedOn > input.today) return { code: 'DECISION_IN_FUTURE', field: 'decidedOn' };
  if (input.outcome === 'notStarted') {
    if (!input.reason) return { code: 'DECISION_REASON_REQUIRED', field: 'reason' };
    if (!input.knownReasons.includes(input.reason))
      return { code: 'DECISION_REASON_UNKNOWN', field: 'reason' };
  }
  return null;
}

/** R13: a collaboration serves whole primary-care zones; a family elsewhere is flagged, not refused. */
export function isOutsideRegion(zoneCode: string | null, servedZones: readonly string[]): boolean {
  return zoneCode === null || !servedZones.includes(zoneCode);
}
