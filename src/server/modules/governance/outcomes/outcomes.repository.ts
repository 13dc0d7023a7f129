// Decisions and to-dos: what meetings produce and the registers follow up.
import { and, asc, desc, eq, inArray, isNotNull, isNull, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/database';
import { findInTenant } from '../../../platform/db/tenant';
import {
  governanceAgendaItems,
  governanceBodies,
  governanceDecisions,
  governanceMeetings,
  governanceTodos,
} from '../governance.schema';

export type DecisionRow = typeof governanceDecisions.$inferSelect;
export type TodoRow = typeof governanceTodos.$inferSelect;

/** Where decisions and to-dos are listed from: a body scope, a meeting, shared minutes only. */
export type OutcomeFilter = {
  bodyIds: string[] | null;
  bodyId?: string;
  meetingIds?: string[];
  adviceRoundIds?: string[];
  /** Members see what a meeting produced once its minutes are shared. */
  sharedOnly: boolean;
};

const context = {
  bodyName: governanceBodies.name,
  meetingDate: governanceMeetings.date,
  itemTitle: governanceAgendaItems.title,
};

function where<T extends typeof governanceDecisions | typeof governanceTodos>(
  table: T,
  collaborationId: string,
  f: OutcomeFilter,
  extra: (SQL | undefined)[] = [],
) {
  return and(
    eq(table.collaborationId, collaborationId),
    f.bodyIds ? inArray(table.bodyId, f.bodyIds) : undefined,
    f.bodyId ? eq(table.bodyId, f.bodyId) : undefined,
    f.meetingIds ? inArray(table.meetingId, f.meetingIds) : undefined,
    f.sharedOnly ? or(isNull(table.meetingId), isNotNull(governanceMeetings.minutesSharedAt)) : undefined,
    ...extra,
  );
}

const isEmpty = (f: OutcomeFilter) =>
  f.bodyIds?.length === 0 || f.meetingIds?.length === 0 || f.adviceRoundIds?.length === 0;

export async function insertDecision(db: Executor, values: typeof governanceDecisions.$inferInsert) {
  const [row] = await db.insert(governanceDecisions).values(values).returning();
  return row as DecisionRow;
}

export async function updateDecision(
  db: Executor,
  id: string,
  values: Partial<typeof governanceDecisions.$inferInsert>,
) {
  await db.update(governanceDecisions).set(values).where(eq(governanceDecisions.id, id));
}

export async function listDecisions(
  db: Executor,
  collaborationId: string,
  filter: OutcomeFilter & { ids?: string[] },
) {
  if (isEmpty(filter)) return [];
  return db
    .select({ decision: governanceDecisions, ...context })
    .from(governanceDecisions)
    .innerJoin(governanceBodies, eq(governanceBodies.id, governanceDecisions.bodyId))
    .leftJoin(governanceMeetings, eq(governanceMeetings.id, governanceDecisions.meetingId))
    .leftJoin(governanceAgendaItems, eq(governanceAgendaItems.id, governanceDecisions.agendaItemId))
    .where(
      where(governanceDecisions, collaborationId, filter, [
        filter.ids ? inArray(governanceDecisions.id, filter.ids) : undefined,
        filter.adviceRoundIds ? inArray(governanceDecisions.adviceRoundId, filter.adviceRoundIds) : undefined,
      ]),
    )
    .orderBy(desc(governanceDecisions.decidedOn), asc(governanceDecisions.createdAt));
}

export function findDecision(db: Executor, collaborationId: string, id: string) {
  return findInTenant(db, governanceDecisions, collaborationId, id);
}

export async function insertTodo(db: Executor, values: typeof governanceTodos.$inferInsert) {
  const [row] = await db.insert(governanceTodos).values(values).returning();
  return row as TodoRow;
}

export async function updateTodo(
  db: Executor,
  id: string,
  values: Partial<typeof governanceTodos.$inferInsert>,
) {
  await db.update(governanceTodos).set(values).where(eq(governanceTodos.id, id));
}

export function findTodo(db: Executor, collaborationId: string, id: string) {
  return findInTenant(db, governanceTodos, collaborationId, id);
}

export async function listTodos(
  db: Executor,
  collaborationId: string,
  filter: OutcomeFilter & { ids?: string[] },
) {
  if (isEmpty(filter)) return [];
  return db
    .select({ todo: governanceTodos, ...context })
    .from(governanceTodos)
    .innerJoin(governanceBodies, eq(governanceBodies.id, governanceTodos.bodyId))
    .leftJoin(governanceMeetings, eq(governanceMeetings.id, governanceTodos.meetingId))
    .leftJoin(governanceAgendaItems, eq(governanceAgendaItems.id, governanceTodos.agendaItemId))
    .where(
      where(governanceTodos, collaborationId, filter, [
        filter.ids ? inArray(governanceTodos.id, filter.ids) : undefined,
      ]),
    )
    .orderBy(asc(governanceTodos.status), asc(governanceTodos.dueOn), asc(governanceTodos.createdAt));
}

/** Is anything recorded against an agenda item (then it cannot be removed from the agenda)? */
export async function hasOutcomes(db: Executor, itemId: string) {
  const [decision] = await db
    .select({ id: governanceDecisions.id })
    .from(governanceDecisions)
    .where(eq(governanceDecisions.agendaItemId, itemId))
    .limit(1);
  const [todo] = await db
    .select({ id: governanceTodos.id })
    .from(governanceTodos)
    .where(eq(governanceTodos.agendaItemId, itemId))
    .limit(1);
  return Boolean(decision || todo);
}
