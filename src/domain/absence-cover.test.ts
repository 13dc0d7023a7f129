import { describe, expect, it } from 'vitest';
import { absenceCover, type CoverWorker } from './absence-cover';

let n = 0;
const worker = (over: Partial<CoverWorker> = {}): CoverWorker => ({
  id: `w${++n}`,
  fteTeam: 100,
  secondmentStart: '2024-09-01',
  secondmentEnd: null,
  coversAbsence: false,
  ...over,
});

// 2026: 261 weekdays, of which 8 are public holidays (1/1, Easter Monday, 1/5, Ascension,
// Whit Monday, 21/7, 11/11, 25/12; 15/8 and 1/11 fall in a weekend).
const WORKING_DAYS_2026 = 253;

describe('absence cover (R12)', () => {
  it('counts the working days of 2026 without weekends and public holidays', () => {
    expect(absenceCover([], [], 2026).workingDays).toBe(WORKING_DAYS_2026);
  });

  it('weighs a week of absence by the FTE the worker has in the team', () => {
    const full = worker();
    const half = worker({ fteTeam: 50 });
    const week = { startsOn: '2026-03-02', endsOn: '2026-03-06' };
    const result = absenceCover(
      [full, half],
      [
        { workerId: full.id, ...week },
        { workerId: half.id, ...week },
      ],
      2026,
    );
    expect(result.absentFteDays).toBe(5 * 100 + 5 * 50);
  });

  it('an absence over a weekend costs no working day', () => {
    const w = worker();
    expect(
      absenceCover([w], [{ workerId: w.id, startsOn: '2026-03-07', endsOn: '2026-03-08' }], 2026)
        .absentFteDays,
    ).toBe(0);
  });

  it('counts only the part of an absence inside the year, skipping New Year’s Day', () => {
    const w = worker();
    const spanning = [{ workerId: w.id, startsOn: '2025-12-22', endsOn: '2026-01-09' }];
    // 2/1 (Friday) and 5/1–9/1; 1/1 is a public holiday.
    expect(absenceCover([w], spanning, 2026).absentFteDays).toBe(6 * 100);
    // 22/12–24/12, 26/12 and 29/12–31/12 of 2025.
    expect(absenceCover([w], spanning, 2025).absentFteDays).toBe(7 * 100);
  });

  it('two overlapping registrations of one worker count once', () => {
    const w = worker();
    const result = absenceCover(
      [w],
      [
        { workerId: w.id, startsOn: '2026-03-02', endsOn: '2026-03-06' },
        { workerId: w.id, startsOn: '2026-03-04', endsOn: '2026-03-10' },
      ],
      2026,
    );
    expect(result.absentFteDays).toBe(7 * 100);
  });

  it('absence outside the secondment does not count', () => {
    const w = worker({ secondmentStart: '2026-03-05' });
    expect(
      absenceCover([w], [{ workerId: w.id, startsOn: '2026-03-02', endsOn: '2026-03-06' }], 2026)
        .absentFteDays,
    ).toBe(2 * 100);
  });

  it('an extra module from 1 January covers the whole year at its FTE', () => {
    const cover = worker({ fteTeam: 50, coversAbsence: true, secondmentStart: '2026-01-01' });
    const result = absenceCover([cover], [], 2026);
    expect(result.coverFteDays).toBe(50 * WORKING_DAYS_2026);
    expect(result.coverFte).toBe(50);
    expect(result.status).toBe('covered');
  });

  it('cover that ends mid-year counts only until its end', () => {
    const cover = worker({ coversAbsence: true, secondmentStart: '2026-01-01', secondmentEnd: '2026-01-09' });
    expect(absenceCover([cover], [], 2026).coverFteDays).toBe(6 * 100);
  });

  it('absence exactly as large as the cover is covered; one FTE-day more is not', () => {
    const absent = worker();
    const cover = worker({ coversAbsence: true, secondmentStart: '2026-01-01', secondmentEnd: '2026-01-09' });
    const sixDays = { workerId: absent.id, startsOn: '2026-03-02', endsOn: '2026-03-09' };
    expect(absenceCover([absent, cover], [sixDays], 2026)).toMatchObject({
      absentFteDays: 600,
      coverFteDays: 600,
      uncoveredFteDays: 0,
      status: 'covered',
    });
    const sevenDays = { ...sixDays, endsOn: '2026-03-10' };
    expect(absenceCover([absent, cover], [sevenDays], 2026)).toMatchObject({
      uncoveredFteDays: 100,
      status: 'uncovered',
    });
  });

  it('absence without any cover is uncovered; a team without either has nothing to show', () => {
    const w = worker();
    expect(
      absenceCover([w], [{ workerId: w.id, startsOn: '2026-03-02', endsOn: '2026-03-02' }], 2026).status,
    ).toBe('uncovered');
    expect(absenceCover([w], [], 2026).status).toBe('none');
  });

  it('gives the yearly average absence in hundredths of FTE', () => {
    const w = worker();
    // Absent the whole year: one full FTE lost on average.
    const result = absenceCover(
      [w],
      [{ workerId: w.id, startsOn: '2026-01-01', endsOn: '2026-12-31' }],
      2026,
    );
    expect(result.absentFte).toBe(100);
  });
});
