// What the central registration point decides on (R23), gathered in a few queries and computed
// on read like the other worklists (ADR 012): the active family coaches with their running
// families, and the families that wait for a coach with the coach suggested to each.
import type { WorkerDto } from '../../../contracts/team';
import type { IsoDate } from '../../../domain/dates';
import {
  type CoachCandidate,
  caseloadLimitOf,
  FAMILY_COACHING_LINE,
  type FamilyCoachFunction,
  isFamilyCoach,
  suggestForWaitingList,
  waitsForCoach,
} from '../../../domain/family-coaching';
import type { Actor } from '../../platform/auth/actor';
import type { Executor } from '../../platform/db/database';
import { findFamiliesByIds } from '../families';
import { findFundingLineByCode } from '../funding';
import { type ReferralFact, startedOrWaitingReferralsOnLine } from '../intake';
import { findMunicipalitiesByNis, zoneNamesOf } from '../network';
import { getTeam } from '../team';
import { listMatchesOfFamilies, listRunningMatches } from './coaching.repository';

export type Zone = { code: string; name: string };

export type CoachFacts = CoachCandidate & {
  function: FamilyCoachFunction;
  organisationName: string;
  zone: Zone | null;
};

export type WaitingFacts = {
  familyId: string;
  referral: ReferralFact;
  since: IsoDate;
  isReturning: boolean;
  municipality: string | null;
  zone: Zone | null;
};

/** Every worker of the team (coaches of ended matches included) and the active family coaches. */
export async function gatherCoaches(tx: Executor, actor: Actor, today: IsoDate) {
  const team = await getTeam(tx, actor, today);
  const running = await listRunningMatches(tx, actor.collaborationId);
  const active = team.workers.filter((w) => isFamilyCoach(w.function) && w.isActive);
  const zoneNames = await zoneNamesOf(
    tx,
    active.flatMap((w) => (w.zoneCode ? [w.zoneCode] : [])),
  );
  const coaches: CoachFacts[] = active.map((w) => ({
    id: w.id,
    name: w.displayName,
    function: w.function as FamilyCoachFunction,
    organisationName: w.homeOrganisationName,
    zoneCode: w.zoneCode ?? null,
    zone: w.zoneCode ? { code: w.zoneCode, name: zoneNames[w.zoneCode] ?? w.zoneCode } : null,
    limit: caseloadLimitOf(w.caseloadLimit),
    running: running.filter((m) => m.coachWorkerId === w.id).length,
    isAbsentToday: w.isAbsentToday,
  }));
  return { workers: new Map<string, WorkerDto>(team.workers.map((w) => [w.id, w])), coaches, running };
}

/** The families on the coaching line that wait for a coach, longest waiting first. */
export async function gatherWaiting(tx: Executor, actor: Actor): Promise<WaitingFacts[]> {
  const line = await findFundingLineByCode(tx, actor.collaborationId, FAMILY_COACHING_LINE);
  if (!line) return []; // a collaboration that removed the line has no coaching desk
  const referrals = await startedOrWaitingReferralsOnLine(tx, actor.collaborationId, line.id);
  const familyIds = [...new Set(referrals.map((r) => r.familyId))];
  const matches = await listMatchesOfFamilies(tx, actor.collaborationId, familyIds);
  const waiting: Omit<WaitingFacts, 'municipality' | 'zone'>[] = [];
  for (const familyId of familyIds) {
    const own = matches.filter((m) => m.familyId === familyId);
    for (const referral of referrals.filter((r) => r.familyId === familyId)) {
      const wait = waitsForCoach(referral, own);
      if (!wait) continue;
      waiting.push({
        familyId,
        referral,
        since: wait.since,
        isReturning: wait.since !== referral.receivedOn,
      });
      break; // a family waits once, on its oldest open referral
    }
  }
  waiting.sort(
    (a, b) => a.since.localeCompare(b.since) || a.referral.reference.localeCompare(b.referral.reference),
  );
  const families = await findFamiliesByIds(
    tx,
    actor.collaborationId,
    waiting.map((w) => w.familyId),
  );
  const places = await findMunicipalitiesByNis(
    tx,
    families.map((f) => f.municipalityNis),
  );
  return waiting.map((w) => {
    const nis = families.find((f) => f.id === w.familyId)?.municipalityNis;
    const place = nis ? places.get(nis) : undefined;
    // The family's region is where it lives now: a family that moved is coached where it lives.
    return { ...w, municipality: place?.name ?? null, zone: place?.primaryCareZone ?? null };
  });
}

/** Both, with the coach suggested to each waiting family (first come first served). */
export async function coachingBoard(tx: Executor, actor: Actor, today: IsoDate) {
  const { workers, coaches, running } = await gatherCoaches(tx, actor, today);
  const waiting = await gatherWaiting(tx, actor);
  const suggestions = suggestForWaitingList(
    waiting.map((w) => ({ familyId: w.familyId, zoneCode: w.zone?.code ?? null })),
    coaches,
  );
  return { workers, coaches, running, waiting, suggestions };
}

export type CoachingBoard = Awaited<ReturnType<typeof coachingBoard>>;
