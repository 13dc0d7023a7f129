import { describe, expect, it } from 'vitest';
import { ageOn, isAssessmentInForce, type MemberFacts, standingOf } from './minors';

const child = (birthDate: string | null): MemberFacts => ({ id: 'c1', role: 'child', birthDate });

describe('R27: age on the day of the act', () => {
  it('counts whole years: the day before the birthday, the day itself', () => {
    expect(ageOn('2014-05-10', '2026-05-09')).toBe(11);
    expect(ageOn('2014-05-10', '2026-05-10')).toBe(12);
    expect(ageOn('2012-02-29', '2024-02-28')).toBe(11);
    expect(ageOn('2012-02-29', '2024-02-29')).toBe(12);
  });
});

describe('R27: from 12 a minor is presumed competent', () => {
  it('is a child the day before turning 12 and a competent minor on the birthday', () => {
    expect(standingOf(child('2014-05-10'), [], '2026-05-09')).toBe('child');
    expect(standingOf(child('2014-05-10'), [], '2026-05-10')).toBe('competentMinor');
    expect(standingOf(child('2008-05-10'), [], '2026-05-10')).toBe('adult');
  });

  it('parents are adults; a child without a birth date has an unknown age', () => {
    expect(standingOf({ id: 'p', role: 'parent', birthDate: null }, [], '2026-01-01')).toBe('adult');
    expect(standingOf(child(null), [], '2026-01-01')).toBe('ageUnknown');
  });

  it('an assessment "not competent" holds up to its review date; the day after, the presumption returns', () => {
    const assessment = { memberId: 'c1', assessedOn: '2026-03-01', reviewOn: '2026-09-01' };
    const at = (on: string) => standingOf(child('2012-01-01'), [assessment], on);
    expect(at('2026-02-28')).toBe('competentMinor');
    expect(at('2026-03-01')).toBe('notCompetent');
    expect(at('2026-09-01')).toBe('notCompetent');
    expect(at('2026-09-02')).toBe('competentMinor');
    expect(isAssessmentInForce(assessment, '2026-09-02')).toBe(false);
  });

  it("another member's assessment does not count, and under 12 no assessment is needed", () => {
    const other = { memberId: 'c2', assessedOn: '2026-03-01', reviewOn: '2026-09-01' };
    expect(standingOf(child('2012-01-01'), [other], '2026-04-01')).toBe('competentMinor');
    expect(standingOf(child('2020-01-01'), [], '2026-04-01')).toBe('child');
  });
});
