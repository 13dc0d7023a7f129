import { describe, expect, it } from 'vitest';
import { checkDecision, isOutsideRegion } from './referral-decision';

const base = {
  currentStatus: 'received',
  receivedOn: '2026-11-16',
  outcome: 'started' as const,
  reason: null,
  decidedOn: '2026-11-17',
  today: '2026-11-20',
  knownReasons: ['noCapacity', 'other'],
};

describe('deciding a referral (R4)', () => {
  it('accepts a decision between receipt and today', () => {
    expect(checkDecision(base)).toBeNull();
    expect(checkDecision({ ...base, decidedOn: base.receivedOn })).toBeNull();
    expect(checkDecision({ ...base, decidedOn: base.today })).toBeNull();
  });

  it('decides once', () => {
    expect(checkDecision({ ...base, currentStatus: 'waitingList' })).toEqual({
      code: 'REFERRAL_ALREADY_DECIDED',
    });
  });

  it('needs a known reason for not starting', () => {
    expect(checkDecision({ ...base, outcome: 'notStarted' })?.code).toBe('DECISION_REASON_REQUIRED');
    expect(checkDecision({ ...base, outcome: 'notStarted', reason: 'rain' })?.code).toBe(
      'DECISION_REASON_UNKNOWN',
    );
    expect(checkDecision({ ...base, outcome: 'notStarted', reason: 'noCapacity' })).toBeNull();
  });

  it('refuses dates before receipt and in the future', () => {
    expect(checkDecision({ ...base, decidedOn: '2026-11-15' })?.code).toBe('DECISION_BEFORE_RECEIPT');
    expect(checkDecision({ ...base, decidedOn: '2026-11-21' })?.code).toBe('DECISION_IN_FUTURE');
  });
});

describe('region (R13)', () => {
  it('flags a family whose zone the collaboration does not serve', () => {
    expect(isOutsideRegion('elz57', ['elz57', 'elz29'])).toBe(false);
    expect(isOutsideRegion('elz9', ['elz57'])).toBe(true);
    expect(isOutsideRegion(null, ['elz57'])).toBe(true);
  });
});
