// R10: files go to workers by availability, not by expertise. The suggestion for a new family
// is the worker of the family's region with the most free capacity: the fewest open
// trajectories per FTE in the team. Absent workers are skipped; the coordinator may choose
// someone else, and then says why (the choice is recorded, see ADR 016).
import { addDays, type IsoDate } from './dates';
import { isActiveOn, type WorkerFunction } from './secondment';

/** Who takes new families. Coaches coach the team and the coordinator leads it (003 §4.1). */
export const ASSIGNABLE_FUNCTIONS: readonly WorkerFunction[] = ['liaisonWorker', 'primaryCarePsychologist'];
/** Whose caseload the team page shows: those who take families, and the coaches who also do. */
export const CASELOAD_FUNCTIONS: readonly WorkerFunction[] = [...ASSIGNABLE_FUNCTIONS, 'coach'];
/**
 * A new family needs its first conversations in the coming days (R26): a worker whose absence
 * starts within this many days is not suggested either.
 */
export const ABSENCE_LOOKAHEAD_DAYS = 7;

export type Absence = { startsOn: IsoDate; endsOn: IsoDate };

export type CaseloadFacts = {
  workerId: string;
  displayName: string;
  function: WorkerFunction;
  zoneCode: string | null;
  fteTeam: number; // hundredths
  secondmentStart: IsoDate;
  secondmentEnd: IsoDate | null;
  /** The worker can only be assigned a family through an eenplan account. */
  hasAccount: boolean;
  /** Families the worker is assigned to today. */
  families: number;
  openTrajectories: number;
  /**
   * Families assigned to the worker without an open trajectory yet. They count as one each:
   * otherwise a worker who just got three new families would still look empty and get a fourth.
   */
  familiesWithoutTrajectory: number;
  absences: readonly Absence[];
};

export type Availability = 'available' | 'absent' | 'absentSoon' | 'noAccount';

export type Candidate = CaseloadFacts & {
  units: number;
  /** Units per full-time equivalent, for display; rankings compare exact fractions instead. */
  perFte: number | null;
  availability: Availability;
  /** The absence that makes the worker unavailable (or the next one), if any. */
  absence: Absence | null;
  isInRegion: boolean;
};

export type Suggestion = {
  suggestedWorkerId: string | null;
  /** 'region': from the family's region; 'team': nobody available there, so the whole team. */
  scope: 'region' | 'team' | 'none';
  candidates: Candidate[];
};

export function caseloadUnits(f: Pick<CaseloadFacts, 'openTrajectories' | 'familiesWithoutTrajectory'>) {
  return f.openTrajectories + f.familiesWithoutTrajectory;
}

export function perFte(units: number, fteTeam: number): number | null {
  return fteTeam > 0 ? Math.round((units * 1000) / fteTeam) / 10 : null;
}

/** The absence running today, else the first one starting within the look-ahead, else none. */
function blockingAbsence(absences: readonly Absence[], today: IsoDate) {
  const current = absences.find((a) => a.startsOn <= today && today <= a.endsOn);
  if (current) return { availability: 'absent' as const, absence: current };
  const horizon = addDays(today, ABSENCE_LOOKAHEAD_DAYS);
  const soon = [...absences]
    .filter((a) => a.startsOn > today && a.startsOn <= horizon)
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn))[0];
  return soon ? { availability: 'absentSoon' as const, absence: soon } : null;
}

export function availabilityOf(
  f: CaseloadFacts,
  today: IsoDate,
): { availability: Availability; absence: Absence | null } {
  const blocked = blockingAbsence(f.absences, today);
  if (blocked) return blocked;
  return { availability: f.hasAccount ? 'available' : 'noAccount', absence: null };
}

/**
 * Less load first: units/FTE compared as exact fractions (a.units × b.fte vs b.units × a.fte),
 * so 3 families at 60% and 5 at 100% tie instead of being decided by rounding. Then fewer
 * units, more FTE, and the name, so the suggestion never depends on the order of the input.
 */
export function compareLoad(a: Candidate, b: Candidate): number {
  return (
    a.units * b.fteTeam - b.units * a.fteTeam ||
    a.units - b.units ||
    b.fteTeam - a.fteTeam ||
    a.displayName.localeCompare(b.displayName, 'nl')
  );
}

/** R10: the candidates for a family of `zoneCode`, best first, and whom to suggest. */
export function suggestAssignment(
  workers: readonly CaseloadFacts[],
  zoneCode: string | null,
  today: IsoDate,
): Suggestion {
  const candidates: Candidate[] = workers
    .filter((w) => ASSIGNABLE_FUNCTIONS.includes(w.function) && w.fteTeam > 0 && isActiveOn(w, today))
    .map((w) => {
      const units = caseloadUnits(w);
      return {
        ...w,
        units,
        perFte: perFte(units, w.fteTeam),
        ...availabilityOf(w, today),
        isInRegion: zoneCode !== null && w.zoneCode === zoneCode,
      };
    });
  const rank = (a: Candidate, b: Candidate) =>
    Number(b.availability === 'available') - Number(a.availability === 'available') ||
    Number(b.isInRegion) - Number(a.isInRegion) ||
    compareLoad(a, b);
  candidates.sort(rank);
  const best = candidates[0];
  if (best?.availability !== 'available') {
    return { suggestedWorkerId: null, scope: 'none', candidates };
  }
  return { suggestedWorkerId: best.workerId, scope: best.isInRegion ? 'region' : 'team', candidates };
}

/** The override is the coordinator's choice of someone other than the suggestion; it needs a reason. */
export function isOverride(suggestedWorkerId: string | null, chosenWorkerId: string): boolean {
  return suggestedWorkerId !== chosenWorkerId;
}
