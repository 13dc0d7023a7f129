import type { MyFamilyDto, WeekResponse } from '../../../contracts/worklist';
import { isInWeek } from '../../../domain/due-items';
import { can } from '../../../domain/roles';
import type { Actor } from '../../platform/auth/actor';
import type { Db, Executor } from '../../platform/db/database';
import { AppError } from '../../platform/http/app-error';
import { recordFamiliesShown } from '../audit';
import { listActiveAssignments } from '../families';
import { listOpenTrajectories } from './trajectories.repository';
import { dueItemsOf, type FamilyFacts, gatherFamilyFacts, toDueItemDtos } from './worklist-facts';

export type Scope = 'mine' | 'all';

/**
 * The families in care: mine are those I am assigned to now; all (the coordinator) are every
 * family with someone assigned or a trajectory open.
 */
export async function familiesInCare(
  db: Executor,
  actor: Actor,
  scope: Scope,
  today: string,
): Promise<string[]> {
  if (scope === 'all' && !can(actor.roles, 'caseload:read')) throw new AppError(403, 'FORBIDDEN');
  const assigned = await listActiveAssignments(
    db,
    actor.collaborationId,
    today,
    scope === 'mine' ? actor.userId : undefined,
  );
  const ids = assigned.map((a) => a.familyId);
  if (scope === 'all')
    ids.push(...(await listOpenTrajectories(db, actor.collaborationId)).map((t) => t.familyId));
  return [...new Set(ids)];
}

async function auditListed(tx: Executor, actor: Actor, facts: FamilyFacts[], view: string) {
  await recordFamiliesShown(
    tx,
    actor,
    'list',
    facts.map((f) => f.familyId),
    { view },
  );
}

/** "My week" (or, for the coordinator, all deadlines): everything overdue, due this week, warned. */
export async function getWeek(db: Db, actor: Actor, scope: Scope): Promise<WeekResponse> {
  return db.transaction(async (tx) => {
    const today = actor.clock.today();
    const facts = await gatherFamilyFacts(tx, actor, await familiesInCare(tx, actor, scope, today), today);
    const items = facts.flatMap((f) => dueItemsOf(f, today)).filter((i) => scope === 'all' || isInWeek(i));
    const shown = facts.filter((f) => items.some((i) => i.familyId === f.familyId));
    await auditListed(tx, actor, shown, scope === 'all' ? 'deadlines' : 'week');
    return { today, items: toDueItemDtos(items, facts) };
  });
}

/** "My families": each with its open trajectories, plan, last contact and what is due. */
export async function listMyFamilies(db: Db, actor: Actor, scope: Scope): Promise<MyFamilyDto[]> {
  return db.transaction(async (tx) => {
    const today = actor.clock.today();
    const facts = await gatherFamilyFacts(tx, actor, await familiesInCare(tx, actor, scope, today), today);
    await auditListed(tx, actor, facts, 'families');
    return facts
      .map((f) => {
        const due = dueItemsOf(f, today);
        return {
          id: f.familyId,
          label: f.label,
          municipality: f.municipality,
          childrenCount: f.childrenCount,
          workers: f.workers.map((w) => ({ id: w.id, displayName: w.displayName, roles: w.roles })),
          openTrajectories: f.open.map((t) => ({
            id: t.id,
            kind: t.kind,
            startedOn: t.startedOn,
          })),
          hasPlan: f.plan !== null,
          lastContactOn: f.lastContactOn,
          overdue: due.filter((d) => d.state === 'overdue').length,
          dueThisWeek: due.filter((d) => d.state === 'dueToday' || d.state === 'thisWeek').length,
        };
      })
      .sort((a, b) => b.overdue - a.overdue || (a.label ?? '').localeCompare(b.label ?? ''));
  });
}
