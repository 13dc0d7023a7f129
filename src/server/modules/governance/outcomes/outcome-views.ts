import type { DecisionDto, TodoDto } from '../../../../contracts/governance/outcomes';
import { evaluationState } from '../../../../domain/meetings';
import { todoState } from '../../../../domain/todos';
import type { DecisionRow, TodoRow } from './outcomes.repository';

type Context = { bodyName: string; meetingDate: string | null; itemTitle: string | null };

const meetingOf = (row: { meetingId: string | null }, c: Context) =>
  row.meetingId && c.meetingDate ? { id: row.meetingId, date: c.meetingDate } : null;
const itemOf = (row: { agendaItemId: string | null }, c: Context) =>
  row.agendaItemId && c.itemTitle ? { id: row.agendaItemId, title: c.itemTitle } : null;

export function toDecisionDto(row: { decision: DecisionRow } & Context, today: string): DecisionDto {
  const d = row.decision;
  return {
    id: d.id,
    body: { id: d.bodyId, name: row.bodyName },
    meeting: meetingOf(d, row),
    agendaItem: itemOf(d, row),
    adviceRoundId: d.adviceRoundId,
    text: d.text,
    decidedOn: d.decidedOn,
    evaluateOn: d.evaluateOn,
    evaluationLabel: d.evaluationLabel,
    evaluatedOn: d.evaluatedOn,
    evaluationNote: d.evaluationNote,
    evaluationState: evaluationState(d, today),
  };
}

export function toTodoDto(row: { todo: TodoRow } & Context, today: string): TodoDto {
  const t = row.todo;
  const status = t.status;
  return {
    id: t.id,
    body: { id: t.bodyId, name: row.bodyName },
    meeting: meetingOf(t, row),
    agendaItem: itemOf(t, row),
    text: t.text,
    ownerName: t.ownerName,
    dueOn: t.dueOn,
    createdOn: t.createdOn,
    status,
    state: todoState({ status, dueOn: t.dueOn }, today),
    doneOn: t.doneOn,
    doneNote: t.doneNote,
  };
}
