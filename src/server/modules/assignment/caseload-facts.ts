import type { CaseloadFacts } from '../../../domain/assignment';
import type { IsoDate } from '../../../domain/dates';
import type { Executor } from '../../platform/db/database';
import { listActiveAssignments } from '../families';
import { listAbsences, listWorkers } from '../team';
import { countOpenTrajectoriesByFamily } from '../trajectories';

/**
 * R10: every worker's load today — the open trajectories of the families they are assigned to,
 * and those families that have none open yet. A family with two workers counts for both.
 */
export async function gatherCaseloadFacts(
  db: Executor,
  collaborationId: string,
  today: IsoDate,
): Promise<CaseloadFacts[]> {
  const [workers, absences, assignments, openByFamily] = [
    await listWorkers(db, collaborationId),
    await listAbsences(db, collaborationId),
    await listActiveAssignments(db, collaborationId, today),
    await countOpenTrajectoriesByFamily(db, collaborationId),
  ];
  // One pass over the assignments: families per account, then per worker by their account.
  const familiesOf = new Map<string, Set<string>>();
  for (const a of assignments) {
    const own = familiesOf.get(a.userId) ?? new Set<string>();
    own.add(a.familyId);
    familiesOf.set(a.userId, own);
  }
  const absencesOf = new Map<string, { startsOn: string; endsOn: string }[]>();
  for (const a of absences) {
    absencesOf.set(a.workerId, [
      ...(absencesOf.get(a.workerId) ?? []),
      { startsOn: a.startsOn, endsOn: a.endsOn },
    ]);
  }
  return workers.map((w) => {
    const families = (w.userId && familiesOf.get(w.userId)) || new Set<string>();
    let openTrajectories = 0;
    let familiesWithoutTrajectory = 0;
    for (const familyId of families) {
      const open = openByFamily.get(familyId) ?? 0;
      if (open > 0) openTrajectories += open;
      else familiesWithoutTrajectory += 1;
    }
    return {
      workerId: w.id,
      displayName: w.displayName,
      function: w.function,
      zoneCode: w.zoneCode,
      fteTeam: w.fteTeam,
      secondmentStart: w.secondmentStart,
      secondmentEnd: w.secondmentEnd,
      hasAccount: w.userId !== null,
      families: families.size,
      openTrajectories,
      familiesWithoutTrajectory,
      absences: absencesOf.get(w.id) ?? [],
    };
  });
}
