import { describe, expect, it } from 'vitest';
import { isSeconded, secondmentBreaches, type WorkerFacts } from './secondment';

const today = '2026-11-22';
let n = 0;
const worker = (over: Partial<WorkerFacts> = {}): WorkerFacts => ({
  id: `w${++n}`,
  homeOrganisationId: 'clb',
  function: 'liaisonWorker',
  typeModuleId: null,
  fteTeam: 80,
  secondmentStart: '2025-01-01',
  secondmentEnd: null,
  isNewHire: false,
  flexibleSpreadingFrom: null,
  ...over,
});
const codes = (
  workers: WorkerFacts[],
  modules = [] as { id: string; employerOrganisationId: string; fte: number }[],
) => secondmentBreaches(workers, modules, today).map((b) => b.code);

describe('secondment rules (R11)', () => {
  it('a healthy team has no breaches', () => {
    expect(codes([worker(), worker({ homeOrganisationId: 'caw', fteTeam: 50 })])).toEqual([]);
  });

  it('flags a worker under half-time, but exactly half-time is fine', () => {
    expect(codes([worker(), worker({ fteTeam: 49 })])).toEqual(['UNDER_HALF_TIME']);
    expect(codes([worker(), worker({ fteTeam: 50 })])).toEqual([]);
  });

  it('flags a secondment planned shorter than two years', () => {
    expect(codes([worker({ secondmentStart: '2026-01-01', secondmentEnd: '2027-12-31' })])).toEqual([
      'SHORTER_THAN_TWO_YEARS',
    ]);
    expect(codes([worker({ secondmentStart: '2026-01-01', secondmentEnd: '2028-01-01' })])).toEqual([]);
  });

  it('flags a home organisation whose workers are all under half-time', () => {
    const breaches = secondmentBreaches(
      [
        worker(),
        worker({ homeOrganisationId: 'cgg', fteTeam: 40 }),
        worker({ homeOrganisationId: 'cgg', fteTeam: 30 }),
      ],
      [],
      today,
    );
    expect(breaches).toContainEqual({
      rule: 'R11',
      code: 'HOME_ORGANISATION_WITHOUT_HALF_TIME_WORKER',
      organisationId: 'cgg',
    });
  });

  it('allows flexible spreading from 9 months in the team, not a day earlier', () => {
    expect(codes([worker({ secondmentStart: '2026-01-31', flexibleSpreadingFrom: '2026-10-30' })])).toEqual([
      'FLEXIBLE_SPREADING_TOO_EARLY',
    ]);
    expect(codes([worker({ secondmentStart: '2026-01-31', flexibleSpreadingFrom: '2026-10-31' })])).toEqual(
      [],
    );
  });

  it('allows new full-time liaison workers up to exactly 20% of the team, coaches and coordinator not counted', () => {
    const newFullTime = () => worker({ isNewHire: true, fteTeam: 100 });
    const others = Array.from({ length: 4 }, () => worker());
    const leaders = [worker({ function: 'coach' }), worker({ function: 'coordinator' })];
    expect(codes([newFullTime(), ...others, ...leaders])).toEqual([]); // 1 of 5 = 20%
    expect(codes([newFullTime(), newFullTime(), ...others, ...leaders])).toEqual([
      'TOO_MANY_NEW_FULL_TIME_LIAISON_WORKERS',
    ]); // 2 of 6
    expect(codes([newFullTime(), worker({ isNewHire: true, fteTeam: 90 }), ...others])).toEqual([]); // part-time is not counted
  });

  it('flags a type module used less than 80% in the team', () => {
    const module = { id: 'm1', employerOrganisationId: 'clb', fte: 200 };
    expect(
      codes(
        [worker({ typeModuleId: 'm1', fteTeam: 100 }), worker({ typeModuleId: 'm1', fteTeam: 60 })],
        [module],
      ),
    ).toEqual([]); // 80%
    const breaches = secondmentBreaches(
      [worker({ typeModuleId: 'm1', fteTeam: 100 }), worker({ typeModuleId: 'm1', fteTeam: 58 })],
      [module],
      today,
    );
    expect(breaches).toEqual([
      { rule: 'R11', code: 'TYPE_MODULE_UNDER_USED', typeModuleId: 'm1', usedPercent: 79 },
    ]);
  });

  it('ignores workers whose secondment has ended or not begun, and volunteers', () => {
    expect(
      codes([worker(), worker({ fteTeam: 20, secondmentEnd: '2026-06-30', secondmentStart: '2024-01-01' })]),
    ).toEqual([]);
    expect(codes([worker(), worker({ fteTeam: 20, secondmentStart: '2027-01-01' })])).toEqual([]);
    expect(codes([worker(), worker({ fteTeam: 10, function: 'volunteerFamilyCoach' })])).toEqual([]);
  });

  it('leaves family coaches, paid or volunteer, out of every check (R23: not seconded)', () => {
    const coaches = [
      // under half-time, for less than two years, alone of its organisation: none of it counts
      worker({
        function: 'familyCoach',
        homeOrganisationId: 'hvhk',
        fteTeam: 20,
        secondmentStart: '2026-01-01',
        secondmentEnd: '2026-12-31',
      }),
      worker({ function: 'volunteerFamilyCoach', homeOrganisationId: 'homeStart', fteTeam: 0 }),
    ];
    expect(codes([worker(), ...coaches])).toEqual([]);
    expect(isSeconded({ function: 'familyCoach' })).toBe(false);
    expect(isSeconded({ function: 'volunteerFamilyCoach' })).toBe(false);
    expect(isSeconded({ function: 'coach' })).toBe(true);
    // A paid family coach is no liaison worker: never one of the new full-time hires (20% rule).
    const newHires = [
      worker({ isNewHire: true, fteTeam: 100 }),
      ...Array.from({ length: 4 }, () => worker()),
    ];
    const coach = worker({ function: 'familyCoach', isNewHire: true, fteTeam: 100 });
    expect(codes([...newHires, coach])).toEqual([]);
  });
});
