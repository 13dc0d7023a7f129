import type { BreachDto, TeamResponse } from '../../../contracts/team';
import { absenceCover } from '../../../domain/absence-cover';
import { isActiveOn, type SecondmentBreach, secondmentBreaches } from '../../../domain/secondment';
import type { Actor } from '../../platform/auth/actor';
import type { Executor } from '../../platform/db/database';
import { listOrganisations } from '../network';
import { listAbsences, listTypeModules, listWorkers } from './team.repository';

function toBreachDto(b: SecondmentBreach): BreachDto {
  const { rule, code, ...rest } = b;
  const ids = {
    ...('workerId' in rest ? { workerId: rest.workerId } : {}),
    ...('organisationId' in rest ? { organisationId: rest.organisationId } : {}),
    ...('typeModuleId' in rest ? { typeModuleId: rest.typeModuleId } : {}),
  };
  const params = Object.fromEntries(
    Object.entries(rest).filter(([k]) => !['workerId', 'organisationId', 'typeModuleId'].includes(k)),
  ) as Record<string, string | number>;
  return { rule, code, ...ids, params };
}

/** The team page: who works, on which module, with the R11 breaches named and this year's cover (R12). */
export async function getTeam(
  db: Executor,
  actor: Actor,
  today = actor.clock.today(),
): Promise<TeamResponse> {
  const [workers, modules, absences, organisations] = [
    await listWorkers(db, actor.collaborationId),
    await listTypeModules(db, actor.collaborationId),
    await listAbsences(db, actor.collaborationId),
    await listOrganisations(db, actor.collaborationId),
  ];
  const orgName = new Map(organisations.map((o) => [o.id, o.name]));
  const breaches = secondmentBreaches(
    workers.map((w) => ({ ...w, function: w.function })),
    modules.map((m) => ({ id: m.id, employerOrganisationId: m.employerOrganisationId, fte: m.fte })),
    today,
  );
  const active = workers.filter((w) => isActiveOn(w, today));
  return {
    workers: workers.map((w) => {
      const own = absences.filter((a) => a.workerId === w.id);
      return {
        ...w,
        function: w.function,
        homeOrganisationName: orgName.get(w.homeOrganisationId) ?? '',
        isActive: isActiveOn(w, today),
        absences: own.map((a) => ({ id: a.id, startsOn: a.startsOn, endsOn: a.endsOn, reason: a.reason })),
        isAbsentToday: own.some((a) => a.startsOn <= today && today <= a.endsOn),
      };
    }),
    typeModules: modules.map((m) => ({
      id: m.id,
      employerOrganisationId: m.employerOrganisationId,
      employerName: orgName.get(m.employerOrganisationId) ?? '',
      name: m.name,
      fte: m.fte,
      usedFte: active.filter((w) => w.typeModuleId === m.id).reduce((sum, w) => sum + w.fteTeam, 0),
    })),
    breaches: breaches.map(toBreachDto),
    totals: { workers: active.length, fteTeam: active.reduce((sum, w) => sum + w.fteTeam, 0) },
    absenceCover: absenceCover(workers, absences, Number(today.slice(0, 4))),
  };
}
