// R11: secondment (detachering). Workers stay on their home organisation's payroll and work
// under the team coordinator. The rules below are the team page's checklist; each breach names
// its rule so that the lead partner can act on it. FTE is in hundredths (50 = half-time) so
// that no floating-point sum decides whether a rule is broken.
import { addMonths, type IsoDate } from './dates';
import { isFamilyCoach } from './family-coaching';

export const WORKER_FUNCTIONS = [
  'liaisonWorker',
  'primaryCarePsychologist',
  'coach',
  'coordinator',
  'staffOfficer',
  'volunteerFamilyCoach',
  // R23: a paid family coach works for a partner organisation, matched to families by the team.
  'familyCoach',
] as const;
export type WorkerFunction = (typeof WORKER_FUNCTIONS)[number];

export type WorkerFacts = {
  id: string;
  homeOrganisationId: string;
  function: WorkerFunction;
  typeModuleId: string | null;
  fteTeam: number; // hundredths
  secondmentStart: IsoDate;
  secondmentEnd: IsoDate | null; // planned end; null = open-ended
  isNewHire: boolean;
  flexibleSpreadingFrom: IsoDate | null;
};

export type TypeModuleFacts = { id: string; employerOrganisationId: string; fte: number };

export type SecondmentBreach =
  | { rule: 'R11'; code: 'UNDER_HALF_TIME'; workerId: string; fteTeam: number }
  | { rule: 'R11'; code: 'SHORTER_THAN_TWO_YEARS'; workerId: string; plannedEnd: IsoDate }
  | { rule: 'R11'; code: 'HOME_ORGANISATION_WITHOUT_HALF_TIME_WORKER'; organisationId: string }
  | { rule: 'R11'; code: 'FLEXIBLE_SPREADING_TOO_EARLY'; workerId: string; allowedFrom: IsoDate }
  | { rule: 'R11'; code: 'TOO_MANY_NEW_FULL_TIME_LIAISON_WORKERS'; count: number; teamSize: number }
  | { rule: 'R11'; code: 'TYPE_MODULE_UNDER_USED'; typeModuleId: string; usedPercent: number };

const HALF_TIME = 50;
const FULL_TIME = 100;
/**
 * Family coaches, paid or volunteer, are not seconded (R23): they stay with their partner
 * organisation and only take families the team matches to them. Coaches and the coordinator
 * are seconded, but do not count for the 20% rule.
 */
export const isSeconded = (w: Pick<WorkerFacts, 'function'>) => !isFamilyCoach(w.function);

export function isActiveOn(
  worker: Pick<WorkerFacts, 'secondmentStart' | 'secondmentEnd'>,
  date: IsoDate,
): boolean {
  return worker.secondmentStart <= date && (worker.secondmentEnd === null || worker.secondmentEnd >= date);
}

export function secondmentBreaches(
  workers: readonly WorkerFacts[],
  typeModules: readonly TypeModuleFacts[],
  today: IsoDate,
): SecondmentBreach[] {
  const team = workers.filter((w) => isSeconded(w) && isActiveOn(w, today));
  const breaches: SecondmentBreach[] = [];

  for (const w of team) {
    // Guideline: at least half-time in the team…
    if (w.fteTeam < HALF_TIME)
      breaches.push({ rule: 'R11', code: 'UNDER_HALF_TIME', workerId: w.id, fteTeam: w.fteTeam });
    // …and for at least two years.
    if (w.secondmentEnd && w.secondmentEnd < addMonths(w.secondmentStart, 24)) {
      breaches.push({
        rule: 'R11',
        code: 'SHORTER_THAN_TWO_YEARS',
        workerId: w.id,
        plannedEnd: w.secondmentEnd,
      });
    }
    // Time spread flexibly between team and home organisation only after 9 months in the team.
    const allowedFrom = addMonths(w.secondmentStart, 9);
    if (w.flexibleSpreadingFrom && w.flexibleSpreadingFrom < allowedFrom) {
      breaches.push({ rule: 'R11', code: 'FLEXIBLE_SPREADING_TOO_EARLY', workerId: w.id, allowedFrom });
    }
  }

  // Minimum: every home organisation has at least one worker at ≥ 50% in the team.
  for (const organisationId of new Set(team.map((w) => w.homeOrganisationId))) {
    if (!team.some((w) => w.homeOrganisationId === organisationId && w.fteTeam >= HALF_TIME)) {
      breaches.push({ rule: 'R11', code: 'HOME_ORGANISATION_WITHOUT_HALF_TIME_WORKER', organisationId });
    }
  }

  // New full-time liaison workers are at most 20% of the team (coaches and coordinator excluded).
  const counted = team.filter((w) => w.function !== 'coach' && w.function !== 'coordinator');
  const newFullTime = counted.filter(
    (w) => w.function === 'liaisonWorker' && w.isNewHire && w.fteTeam >= FULL_TIME,
  );
  if (counted.length > 0 && newFullTime.length * 100 > counted.length * 20) {
    breaches.push({
      rule: 'R11',
      code: 'TOO_MANY_NEW_FULL_TIME_LIAISON_WORKERS',
      count: newFullTime.length,
      teamSize: counted.length,
    });
  }

  // At least 80% of an employer's type module is used in the team.
  for (const module of typeModules) {
    const used = team.filter((w) => w.typeModuleId === module.id).reduce((sum, w) => sum + w.fteTeam, 0);
    if (module.fte > 0 && used * 100 < module.fte * 80) {
      breaches.push({
        rule: 'R11',
        code: 'TYPE_MODULE_UNDER_USED',
        typeModuleId: module.id,
        usedPercent: Math.floor((used * 100) / module.fte),
      });
    }
  }
  return breaches;
}
