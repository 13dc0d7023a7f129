// The mail of a to-do for its owner (issue 12 point 5), queued in the transaction of the action,
// in the recipient's language; it names the body and the to-do, never a family.
import type { Actor } from '../../../platform/auth/actor';
import type { Executor } from '../../../platform/db/database';
import { translate } from '../../../platform/i18n/translate';
import { findMailRecipients } from '../../identity';
import { formatMailDate, queueMail } from '../../messages';
import { listMembers } from '../bodies/bodies.repository';

const SUBJECT_TEXT = 120;

/**
 * A to-do owned by a person (issue 12 point 8) tells that person. An owner given as a name is told
 * when it is the name of a current member of the body with an account. A role or a partner
 * organisation as owner ("coördinator", "CAW") gets no mail.
 */
export async function mailTodoAssigned(
  tx: Executor,
  actor: Actor,
  view: {
    bodyName: string;
    todo: {
      bodyId: string;
      text: string;
      ownerName: string;
      ownerUserId: string | null;
      dueOn: string | null;
    };
  },
) {
  const { todo } = view;
  const today = actor.clock.today();
  const members = await listMembers(tx, actor.collaborationId, [todo.bodyId]);
  const owner = todo.ownerName.trim().toLocaleLowerCase('nl');
  const named = members.filter(
    (m) =>
      m.userId &&
      m.fromDate <= today &&
      (!m.toDate || m.toDate >= today) &&
      m.name.trim().toLocaleLowerCase('nl') === owner,
  );
  const recipients = await findMailRecipients(
    tx,
    actor.collaborationId,
    todo.ownerUserId ? [todo.ownerUserId] : named.map((m) => m.userId as string),
  );
  for (const recipient of recipients) {
    const title = todo.text.length > SUBJECT_TEXT ? `${todo.text.slice(0, SUBJECT_TEXT - 1)}…` : todo.text;
    await queueMail(tx, {
      collaborationId: actor.collaborationId,
      to: recipient.email,
      locale: recipient.locale,
      template: 'todo-assigned',
      params: {
        bodyName: view.bodyName,
        todoTitle: title,
        dueDate: todo.dueOn
          ? formatMailDate(recipient.locale, todo.dueOn)
          : translate(recipient.locale, 'mail:noDueDate'),
      },
    });
  }
}
