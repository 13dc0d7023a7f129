import type { TodoDto, TodoInput } from '../../../../contracts/governance/outcomes';
import { checkTodo } from '../../../../domain/todos';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/database';
import { unprocessable } from '../../../platform/http/app-error';
import { outcomeContext } from '../outcome-context';
import { toTodoDto } from './outcome-views';
import { insertTodo, listTodos } from './outcomes.repository';

/** R15: a to-do agreed at a meeting (or between meetings): what, who, by when. */
export async function createTodo(db: Db, actor: Actor, input: TodoInput): Promise<TodoDto> {
  const today = actor.clock.today();
  return db.transaction(async (tx) => {
    const context = await outcomeContext(tx, actor, input);
    const createdOn = context.meetingDate ?? today;
    const problem = checkTodo({ createdOn, dueOn: input.dueOn ?? null, doneOn: null, today });
    if (problem) throw unprocessable(problem.code, problem.field);
    const row = await insertTodo(tx, {
      collaborationId: actor.collaborationId,
      bodyId: context.bodyId,
      meetingId: context.meetingId,
      agendaItemId: context.agendaItemId,
      text: input.text,
      ownerName: input.ownerName,
      dueOn: input.dueOn ?? null,
      createdOn,
    });
    const [view] = await listTodos(tx, actor.collaborationId, {
      bodyIds: null,
      ids: [row.id],
      sharedOnly: false,
    });
    return toTodoDto(view as NonNullable<typeof view>, today);
  });
}
