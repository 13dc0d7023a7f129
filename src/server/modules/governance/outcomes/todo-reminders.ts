// R15 for the reminder scan (notifications, issue 12 point 6): the open to-dos with a due day and
// the people who own them — the person chosen as owner; for a partner organisation, its people
// who take part in governance; for an owner given as a name, the body's current member of that
// name with an account (as the to-do mail, ADR 033). Only to-dos their owners can read: those of
// shared minutes or made outside a meeting.
import type { IsoDate } from '../../../../domain/dates';
import { can } from '../../../../domain/roles';
import type { Executor } from '../../../platform/db/database';
import { listPeopleOfOrganisation } from '../../identity';
import { listMembers } from '../bodies/bodies.repository';
import { listTodos } from './outcomes.repository';

export type TodoDueItem = {
  todoId: string;
  bodyName: string;
  text: string;
  dueOn: IsoDate;
  ownerIds: string[];
};

export async function listTodoDueItems(
  db: Executor,
  collaborationId: string,
  today: IsoDate,
): Promise<TodoDueItem[]> {
  const rows = (await listTodos(db, collaborationId, { bodyIds: null, sharedOnly: true })).filter(
    (r) => r.todo.status === 'open' && r.todo.dueOn !== null,
  );
  const members = await listMembers(db, collaborationId, [...new Set(rows.map((r) => r.todo.bodyId))]);
  const items: TodoDueItem[] = [];
  for (const { todo, bodyName } of rows) {
    let ownerIds: string[];
    if (todo.ownerUserId) ownerIds = [todo.ownerUserId];
    else if (todo.ownerOrganisationId)
      ownerIds = (await listPeopleOfOrganisation(db, collaborationId, todo.ownerOrganisationId))
        .filter((p) => can(p.roles, 'governance:read'))
        .map((p) => p.id);
    else {
      const owner = todo.ownerName.trim().toLocaleLowerCase('nl');
      ownerIds = members
        .filter(
          (m) =>
            m.bodyId === todo.bodyId &&
            m.userId &&
            m.fromDate <= today &&
            (!m.toDate || m.toDate >= today) &&
            m.name.trim().toLocaleLowerCase('nl') === owner,
        )
        .map((m) => m.userId as string);
    }
    items.push({ todoId: todo.id, bodyName, text: todo.text, dueOn: todo.dueOn as IsoDate, ownerIds });
  }
  return items;
}
