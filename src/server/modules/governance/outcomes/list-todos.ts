import type { TodoListResponse, TodosQuery } from '../../../../contracts/governance/outcomes';
import { summarizeTodos } from '../../../../domain/todos';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/database';
import { bodyAccessOf, reaches } from '../governance-scope';
import { toTodoDto } from './outcome-views';
import { listTodos as queryTodos } from './outcomes.repository';

/**
 * R15: the to-do list across meetings of the bodies a person reaches, filtered by body, state and
 * owner; the summary counts the body's whole list (any state, any owner) so the filters can show numbers.
 */
export async function listTodos(db: Db, actor: Actor, query: TodosQuery): Promise<TodoListResponse> {
  const today = actor.clock.today();
  const access = await bodyAccessOf(db, actor);
  if (query.bodyId && !reaches(access, query.bodyId))
    return { items: [], summary: { open: 0, overdue: 0, done: 0, byOwner: [] } };
  const rows = await queryTodos(db, actor.collaborationId, {
    bodyIds: access.bodyIds,
    bodyId: query.bodyId,
    sharedOnly: !access.isManager,
  });
  const ofOwner = query.owner ? rows.filter((r) => r.todo.ownerName === query.owner) : rows;
  const items = ofOwner
    .map((r) => toTodoDto(r, today))
    .filter((t) =>
      query.status === 'done'
        ? t.state === 'done'
        : query.status === 'overdue'
          ? t.state === 'overdue'
          : query.status === 'open'
            ? t.state !== 'done'
            : true,
    );
  const summary = summarizeTodos(
    rows.map((r) => ({
      status: r.todo.status,
      dueOn: r.todo.dueOn,
      ownerName: r.todo.ownerName,
    })),
    today,
  );
  return { items, summary };
}
