import type { CaseloadGroupDto, CaseloadWorkerDto, TeamCaseloadResponse } from '../../../contracts/team';
import {
  availabilityOf,
  CASELOAD_FUNCTIONS,
  type CaseloadFacts,
  caseloadUnits,
  perFte,
} from '../../../domain/assignment';
import { isActiveOn } from '../../../domain/secondment';
import type { Actor } from '../../platform/auth/actor';
import type { Executor } from '../../platform/db/database';
import { zoneNamesOf } from '../network';
import { gatherCaseloadFacts } from './caseload-facts';

export function toCaseloadWorker(f: CaseloadFacts, today: string): CaseloadWorkerDto {
  const units = caseloadUnits(f);
  return {
    workerId: f.workerId,
    displayName: f.displayName,
    function: f.function,
    zoneCode: f.zoneCode,
    fteTeam: f.fteTeam,
    hasAccount: f.hasAccount,
    families: f.families,
    openTrajectories: f.openTrajectories,
    familiesWithoutTrajectory: f.familiesWithoutTrajectory,
    units,
    perFte: perFte(units, f.fteTeam),
    ...availabilityOf(f, today),
  };
}

function group(
  workers: CaseloadWorkerDto[],
  zoneCode: string | null,
  names: Record<string, string>,
): CaseloadGroupDto {
  const fteTeam = workers.reduce((sum, w) => sum + w.fteTeam, 0);
  const units = workers.reduce((sum, w) => sum + w.units, 0);
  return {
    zoneCode,
    zoneName: zoneCode ? (names[zoneCode] ?? zoneCode) : null,
    workers: workers.length,
    fteTeam,
    units,
    perFte: perFte(units, fteTeam),
  };
}

/**
 * Caseload per FTE per worker and per region (R10): counts only, never a family, so the lead
 * partner and the staff officer may read it as well as the coordinator.
 */
export async function getTeamCaseload(
  db: Executor,
  actor: Actor,
  today = actor.clock.today(),
): Promise<TeamCaseloadResponse> {
  const facts = await gatherCaseloadFacts(db, actor.collaborationId, today);
  const workers = facts
    .filter((f) => CASELOAD_FUNCTIONS.includes(f.function) && isActiveOn(f, today))
    .map((f) => toCaseloadWorker(f, today))
    .sort((a, b) => (b.perFte ?? 0) - (a.perFte ?? 0) || a.displayName.localeCompare(b.displayName, 'nl'));
  const zones = [...new Set(workers.map((w) => w.zoneCode))];
  const names = await zoneNamesOf(
    db,
    zones.filter((z): z is string => z !== null),
  );
  const regions = zones
    .map((zone) =>
      group(
        workers.filter((w) => w.zoneCode === zone),
        zone,
        names,
      ),
    )
    .sort((a, b) =>
      a.zoneName === null ? 1 : b.zoneName === null ? -1 : a.zoneName.localeCompare(b.zoneName),
    );
  return { today, workers, regions, total: group(workers, null, names) };
}
