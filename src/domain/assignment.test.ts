import { describe, expect, it } from 'vitest';
import { type CaseloadFacts, isOverride, perFte, suggestAssignment } from './assignment';

const today = '2026-12-01';
let n = 0;
const worker = (over: Partial<CaseloadFacts> = {}): CaseloadFacts => ({
  workerId: `w${++n}`,
  displayName: `Werker ${n}`,
  function: 'liaisonWorker',
  zoneCode: 'elz57',
  fteTeam: 100,
  secondmentStart: '2025-01-01',
  secondmentEnd: null,
  hasAccount: true,
  families: 0,
  openTrajectories: 0,
  familiesWithoutTrajectory: 0,
  absences: [],
  ...over,
});
const suggest = (workers: CaseloadFacts[], zone: string | null = 'elz57') =>
  suggestAssignment(workers, zone, today);

describe('assignment by availability (R10)', () => {
  it('suggests the worker of the region with the fewest open trajectories per FTE', () => {
    const busy = worker({ displayName: 'Busy', openTrajectories: 6 });
    const part = worker({ displayName: 'Part-time', fteTeam: 50, openTrajectories: 2 }); // 4 per FTE
    const elsewhere = worker({ displayName: 'Elsewhere', zoneCode: 'elz9' });
    const s = suggest([busy, part, elsewhere]);
    expect(s.suggestedWorkerId).toBe(part.workerId);
    expect(s.scope).toBe('region');
    expect(s.candidates.map((c) => c.displayName)).toEqual(['Part-time', 'Busy', 'Elsewhere']);
  });

  it('compares per FTE exactly: 3 at 60% ties with 5 at 100%, then fewer open trajectories wins', () => {
    const a = worker({ displayName: 'A', fteTeam: 60, openTrajectories: 3 });
    const b = worker({ displayName: 'B', fteTeam: 100, openTrajectories: 5 });
    expect(suggest([b, a]).suggestedWorkerId).toBe(a.workerId);
    expect(perFte(3, 60)).toBe(5);
  });

  it('counts an assigned family without an open trajectory as load', () => {
    const fresh = worker({ familiesWithoutTrajectory: 3 });
    const other = worker({ openTrajectories: 2 });
    expect(suggest([fresh, other]).suggestedWorkerId).toBe(other.workerId);
  });

  it('skips a worker absent today, and one whose absence starts within 7 days, but not on day 8', () => {
    const absent = worker({ absences: [{ startsOn: '2026-11-20', endsOn: '2026-12-01' }] });
    const soon = worker({ absences: [{ startsOn: '2026-12-08', endsOn: '2026-12-31' }] });
    const later = worker({
      openTrajectories: 9,
      absences: [{ startsOn: '2026-12-09', endsOn: '2026-12-31' }],
    });
    const s = suggest([absent, soon, later]);
    expect(s.suggestedWorkerId).toBe(later.workerId);
    const byId = new Map(s.candidates.map((c) => [c.workerId, c.availability]));
    expect(byId.get(absent.workerId)).toBe('absent');
    expect(byId.get(soon.workerId)).toBe('absentSoon');
    // Back at work the day after the absence ends.
    const back = worker({ absences: [{ startsOn: '2026-11-20', endsOn: '2026-11-30' }] });
    expect(suggest([back]).suggestedWorkerId).toBe(back.workerId);
  });

  it('falls back to the whole team when nobody of the region is available', () => {
    const away = worker({ absences: [{ startsOn: today, endsOn: today }] });
    const other = worker({ zoneCode: 'elz9', openTrajectories: 4 });
    const s = suggest([away, other]);
    expect(s.suggestedWorkerId).toBe(other.workerId);
    expect(s.scope).toBe('team');
  });

  it('suggests nobody when nobody is available, and never a worker without an account', () => {
    const noAccount = worker({ hasAccount: false });
    const s = suggest([noAccount]);
    expect(s.suggestedWorkerId).toBeNull();
    expect(s.scope).toBe('none');
    expect(s.candidates[0]?.availability).toBe('noAccount');
  });

  it('leaves out coaches, the coordinator, volunteers, and workers outside their secondment', () => {
    const s = suggest([
      worker({ function: 'coach' }),
      worker({ function: 'coordinator' }),
      worker({ function: 'volunteerFamilyCoach' }),
      worker({ secondmentStart: '2027-01-01' }),
      worker({ secondmentEnd: '2026-11-30' }),
      worker({ fteTeam: 0 }),
    ]);
    expect(s.candidates).toEqual([]);
    expect(s.suggestedWorkerId).toBeNull();
  });

  it('the suggestion does not depend on the order of the team', () => {
    const team = [worker({ displayName: 'Zoë' }), worker({ displayName: 'Arne' })];
    expect(suggest(team).suggestedWorkerId).toBe(suggest([...team].reverse()).suggestedWorkerId);
    expect(suggest(team).candidates[0]?.displayName).toBe('Arne');
  });

  it('choosing anyone but the suggestion is an override', () => {
    expect(isOverride('w1', 'w1')).toBe(false);
    expect(isOverride('w1', 'w2')).toBe(true);
    expect(isOverride(null, 'w2')).toBe(true);
  });
});
