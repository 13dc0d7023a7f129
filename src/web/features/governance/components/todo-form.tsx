import { Alert, Autocomplete, Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { TodoInput } from '../../../../contracts/governance/outcomes';
import { DateField } from '../../../components/ui/date-field';
import { isApiError } from '../../../lib/api';
import { createTodo } from '../api/governance-api';
import { useGovernanceMutation } from '../hooks/use-governance';

/** R15: a TO DO: what, who (a person, a partner, "the lead partner"), by when. */
export function TodoForm({
  context,
  owners,
  onDone,
}: {
  context: Pick<TodoInput, 'bodyId' | 'meetingId' | 'agendaItemId'>;
  owners: string[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const save = useGovernanceMutation(createTodo);
  const form = useForm<{ text: string; ownerName: string; dueOn: string | null }>({
    initialValues: { text: '', ownerName: '', dueOn: null },
    validate: {
      text: (v) => (v.trim() ? null : t('errors:validation.required')),
      ownerName: (v) => (v.trim() ? null : t('errors:validation.required')),
    },
  });
  const submit = form.onSubmit((v) =>
    save.mutate(
      { ...context, text: v.text, ownerName: v.ownerName, dueOn: v.dueOn },
      {
        onSuccess: () => {
          form.reset();
          onDone();
        },
        onError: (error) => {
          if (isApiError(error)) {
            for (const p of error.fieldProblems) form.setFieldError(p.field, p.message);
            if (error.code === 'GOVERNANCE_TODO_DUE_BEFORE_CREATED')
              form.setFieldError('dueOn', error.message);
          }
        },
      },
    ),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {save.error &&
        isApiError(save.error) &&
        !save.error.fieldProblems.length &&
        save.error.code !== 'GOVERNANCE_TODO_DUE_BEFORE_CREATED' ? (
          <Alert color="red" role="alert">
            {save.error.message}
          </Alert>
        ) : null}
        <TextInput label={t('governance.todo.text')} required {...form.getInputProps('text')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Autocomplete
            label={t('governance.todo.owner')}
            required
            data={[...new Set(owners)]}
            {...form.getInputProps('ownerName')}
          />
          <DateField
            label={t('governance.todo.dueOn')}
            {...form.getInputProps('dueOn')}
            value={form.values.dueOn}
            onChange={(v) => form.setFieldValue('dueOn', v)}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t('governance.todo.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
