import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TodoDto } from '../../../../contracts/governance/outcomes';
import { formatDate } from '../../../lib/format';
import { updateTodo } from '../api/governance-api';
import { useGovernanceMutation } from '../hooks/use-governance';
import { TodoStateBadge } from './badges';

export function TodoDoneButton({ todo }: { todo: TodoDto }) {
  const { t } = useTranslation();
  const toggle = useGovernanceMutation(() =>
    updateTodo(todo.id, { status: todo.status === 'done' ? 'open' : 'done' }),
  );
  return (
    <Button
      variant="subtle"
      size="compact-sm"
      loading={toggle.isPending}
      onClick={() => toggle.mutate(undefined)}
      aria-label={t(todo.status === 'done' ? 'governance.todo.reopenNamed' : 'governance.todo.doneNamed', {
        text: todo.text,
      })}
    >
      {todo.status === 'done' ? t('governance.todo.reopen') : t('governance.todo.markDone')}
    </Button>
  );
}

/** TO DO's as the minutes list them: what, who, by when, and where they stand. */
export function TodoItems({ todos, canManage }: { todos: TodoDto[]; canManage: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack gap={6} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {todos.map((todo) => (
        <Group key={todo.id} component="li" justify="space-between" wrap="nowrap" gap="sm">
          <div>
            <Text size="sm">{todo.text}</Text>
            <Text size="xs" c="dimmed">
              {todo.ownerName}
              {todo.dueOn ? ` · ${t('governance.todo.due', { date: formatDate(todo.dueOn) })}` : ''}
              {todo.doneOn ? ` · ${t('governance.todo.doneOn', { date: formatDate(todo.doneOn) })}` : ''}
            </Text>
          </div>
          <Group gap="xs" wrap="nowrap">
            <TodoStateBadge state={todo.state} />
            {canManage ? <TodoDoneButton todo={todo} /> : null}
          </Group>
        </Group>
      ))}
    </Stack>
  );
}
