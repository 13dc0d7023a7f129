import { describe, expect, it } from 'vitest';
import { computeIntakeFigures, type FigureInput } from './intake-figures';

const referral = (over: Partial<FigureInput>): FigureInput => ({
  receivedOn: '2026-10-01',
  status: 'received',
  decidedOn: null,
  notStartedReason: null,
  registrantKind: 'clb',
  referredThroughKind: null,
  primaryCareZone: 'elz57',
  ...over,
});

describe('intake figures', () => {
  it('adds up one cohort: received = started + not started + waiting + open', () => {
    const figures = computeIntakeFigures([
      referral({ status: 'started', decidedOn: '2026-10-02' }),
      referral({ status: 'notStarted', decidedOn: '2026-10-05', notStartedReason: 'noCapacity' }),
      referral({ status: 'waitingList', decidedOn: '2026-10-01', referredThroughKind: 'naft' }),
      referral({ receivedOn: '2026-12-03', registrantKind: 'police', primaryCareZone: null }),
    ]);
    expect(figures).toMatchObject({ received: 4, started: 1, notStarted: 1, waiting: 1, open: 1 });
    expect(figures.notStartedByReason).toEqual({ noCapacity: 1 });
    expect(figures.byReferredThrough).toEqual({ naft: 1 });
    expect(figures.byRegistrantKind).toEqual({ clb: 3, police: 1 });
    expect(figures.byPrimaryCareZone).toEqual({ elz57: 3 });
    // Days to answer 1, 4, 0 → sorted 0, 1, 4: median 1; p90 at rank 1.8 → 1 + 0.8 × 3 = 3.4
    expect(figures.timeToAnswerDays).toEqual({ median: 1, p90: 3.4 });
  });

  it('shows every month of the period, the quiet ones as zero', () => {
    const figures = computeIntakeFigures([referral({ receivedOn: '2026-03-10' })], {
      from: '2026-01-01',
      to: '2026-04-30',
    });
    expect(figures.receivedByMonth).toEqual({ '2026-01': 0, '2026-02': 0, '2026-03': 1, '2026-04': 0 });
  });

  it('has no times to answer when nothing was decided', () => {
    expect(computeIntakeFigures([]).timeToAnswerDays).toEqual({ median: null, p90: null });
    expect(computeIntakeFigures([]).receivedByMonth).toEqual({});
  });
});
