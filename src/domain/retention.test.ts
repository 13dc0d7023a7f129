import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './dates';
import {
  assumedBirthDate,
  birthdayAt,
  checkRetentionAge,
  DEFAULT_RETENTION_AGE,
  keptBirthYear,
  retentionDueOn,
  retentionState,
} from './retention';

const member = (
  birthDate: string | null,
  recordedOn = '2026-03-01',
  dueDate: string | null = null,
  role: 'child' | 'parent' | 'other' = 'child',
) => ({
  role,
  birthDate,
  dueDate,
  recordedOn,
});

describe('R30: a file is kept until its youngest member has turned the retention age', () => {
  it('is due on the youngest member’s 35th birthday, whatever the order of the members', () => {
    const members = [member('1985-04-02'), member('2012-06-15'), member('2010-01-20')];
    expect(DEFAULT_RETENTION_AGE).toBe(35);
    expect(retentionDueOn(members, 35, '2026-03-01')).toBe('2047-06-15');
    expect(retentionDueOn([...members].reverse(), 35, '2026-03-01')).toBe('2047-06-15');
  });

  it('follows the collaboration’s own age', () => {
    expect(retentionDueOn([member('2012-06-15')], 40, '2026-03-01')).toBe('2052-06-15');
  });

  it('born on 29 February: due on 1 March of a common year, on 29 February of a leap year', () => {
    expect(birthdayAt('2012-02-29', 35)).toBe('2047-03-01');
    expect(birthdayAt('2012-02-29', 36)).toBe('2048-02-29');
  });

  it('an unborn child counts from its due date', () => {
    expect(
      retentionDueOn([member('1990-01-01'), member(null, '2026-03-01', '2026-09-10')], 35, '2026-03-01'),
    ).toBe('2061-09-10');
  });

  it('R31: a member without a birth date is reckoned as born the day they were recorded — never early', () => {
    const anonymous = member(null, '2026-03-01');
    expect(assumedBirthDate(anonymous)).toBe('2026-03-01');
    expect(retentionDueOn([member('2014-05-06'), anonymous], 35, '2026-03-01')).toBe('2061-03-01');
  });

  it('a parent without a birth date is older than the children: it does not move the day', () => {
    const parent = member(null, '2026-03-01', null, 'parent');
    expect(assumedBirthDate(parent)).toBeNull();
    expect(retentionDueOn([member('2014-05-06'), parent], 35, '2026-03-01')).toBe('2049-05-06');
  });

  it('a file without members, or of parents without birth dates, counts from the day it was opened', () => {
    expect(retentionDueOn([], 35, '2026-03-01')).toBe('2061-03-01');
    expect(retentionDueOn([member(null, '2026-05-01', null, 'parent')], 35, '2026-03-01')).toBe('2061-03-01');
  });

  it('never falls before the real youngest birthday (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 40_000 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 25, max: 75 }),
        (offsets, age) => {
          const births = offsets.map((o) => addDays('1950-01-01', o));
          const due = retentionDueOn(
            births.map((b) => member(b)),
            age,
            '2026-01-01',
          );
          for (const b of births) expect(due >= birthdayAt(b, age)).toBe(true);
        },
      ),
    );
  });
});

describe('R30: what the coordinator and the daily job see', () => {
  const at = (today: string, hasOpenTrajectory = false) =>
    retentionState({ dueOn: '2047-06-15', today, hasOpenTrajectory });

  it('due on the day itself and after, not the day before', () => {
    expect(at('2047-06-14')).toBe('dueSoon');
    expect(at('2047-06-15')).toBe('due');
    expect(at('2047-06-16')).toBe('due');
  });

  it('shown 90 days ahead, not 91', () => {
    expect(at(addDays('2047-06-15', -90))).toBe('dueSoon');
    expect(at(addDays('2047-06-15', -91))).toBe('kept');
  });

  it('held while a trajectory is still open', () => {
    expect(at('2047-06-15', true)).toBe('held');
    expect(at('2047-06-14', true)).toBe('dueSoon');
  });
});

describe('R30: the configurable age stays within sane bounds', () => {
  it('accepts 25 to 75 whole years', () => {
    expect(checkRetentionAge(25)).toEqual([]);
    expect(checkRetentionAge(35)).toEqual([]);
    expect(checkRetentionAge(75)).toEqual([]);
  });
  it('refuses less, more and fractions', () => {
    for (const age of [24, 76, 35.5, 0, -1])
      expect(checkRetentionAge(age)).toEqual([{ code: 'RETENTION_AGE_OUT_OF_RANGE', field: 'retentionAge' }]);
  });
});

describe('R30: what an anonymised member keeps', () => {
  it('the year of birth (or due year) only', () => {
    expect(keptBirthYear({ birthDate: '2014-05-06', dueDate: null })).toBe(2014);
    expect(keptBirthYear({ birthDate: null, dueDate: '2026-09-10' })).toBe(2026);
    expect(keptBirthYear({ birthDate: null, dueDate: null })).toBeNull();
  });
});
