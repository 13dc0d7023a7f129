import type { TodoDto, TodoUpdate } from '../../../../contracts/governance/outcomes';
import { checkTodo } from '../../../../domain/todos';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/database';
import { notFound, unprocessable } from '../../../platform/http/app-error';
import { requireBody } from '../governance-scope';
import { toTodoDto } from './outcome-views';
import { findTodo, listTodos, updateTodo as writeTodo } from './outcomes.repository';

/** Changes a to-do, marks it done (today unless said otherwise), or opens it again. */
export async function updateTodo(db: Db, actor: Actor, id: string, input: TodoUpdate): Promise<TodoDto> {
  const today = actor.clock.today();
  return db.transaction(async (tx) => {
    const todo = await findTodo(tx, actor.collaborationId, id);
    if (!todo) throw notFound();
    await requireBody(tx, actor, todo.bodyId);
    const status = input.status ?? todo.status;
    const doneOn = status === 'done' ? (input.doneOn ?? todo.doneOn ?? today) : null;
    const dueOn = input.dueOn === undefined ? todo.dueOn : input.dueOn;
    const problem = checkTodo({ createdOn: todo.createdOn, dueOn, doneOn, today });
    if (problem) throw unprocessable(problem.code, problem.field);
    await writeTodo(tx, todo.id, {
      ...(input.text !== undefined ? { text: input.text } : {}),
      ...(input.ownerName !== undefined ? { ownerName: input.ownerName } : {}),
      dueOn,
      status,
      doneOn,
      ...(input.doneNote !== undefined ? { doneNote: input.doneNote || null } : {}),
    });
    const [view] = await listTodos(tx, actor.collaborationId, {
      bodyIds: null,
      ids: [todo.id],
      sharedOnly: false,
    });
    return toTodoDto(view as NonNullable<typeof view>, today);
  });
}
