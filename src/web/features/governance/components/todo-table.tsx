import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TodoDto } from '../../../../contracts/governance/outcomes';
import { RouterAnchor } from '../../../components/ui/router-links';
import { formatDate } from '../../../lib/format';
import { TodoStateBadge } from './badges';
import { TodoDoneButton } from './todo-items';

/** R15: the to-do list across meetings. */
export function TodoTable({ todos, canManage }: { todos: TodoDto[]; canManage: boolean }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="xs" fz="sm" striped>
        <Table.Caption>{t('governance.todo.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('governance.todo.text')}</Table.Th>
            <Table.Th>{t('governance.todo.owner')}</Table.Th>
            <Table.Th>{t('governance.todo.dueOn')}</Table.Th>
            <Table.Th>{t('governance.todo.state')}</Table.Th>
            <Table.Th>{t('governance.todo.origin')}</Table.Th>
            {canManage ? <Table.Th>{t('governance.actions')}</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {todos.map((todo) => (
            <Table.Tr key={todo.id}>
              <Table.Td>
                <Text size="sm">{todo.text}</Text>
                {todo.doneNote ? (
                  <Text size="xs" c="dimmed">
                    {todo.doneNote}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>{todo.ownerName}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {todo.dueOn ? formatDate(todo.dueOn) : '—'}
              </Table.Td>
              <Table.Td>
                <TodoStateBadge state={todo.state} />
                {todo.doneOn ? (
                  <Text size="xs" c="dimmed">
                    {formatDate(todo.doneOn)}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{todo.body.name}</Text>
                {todo.meeting ? (
                  <RouterAnchor to="/governance/meetings/$id" params={{ id: todo.meeting.id }} size="xs">
                    {t('governance.todo.fromMeeting', { date: formatDate(todo.meeting.date) })}
                  </RouterAnchor>
                ) : null}
              </Table.Td>
              {canManage ? (
                <Table.Td>
                  <TodoDoneButton todo={todo} />
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
