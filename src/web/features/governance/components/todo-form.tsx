import { Autocomplete, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { TodoInput } from '../../../../contracts/governance/outcomes';
import { DateField } from '../../../components/ui/date-field';
import { FormShell } from '../../../components/ui/form-shell';
import { useFormProblems } from '../../../components/ui/use-form-problems';
import { useOrganisations } from '../../../lib/reference-data';
import { createTodo } from '../api/governance-api';
import { useGovernanceMutation, usePeople } from '../hooks/use-governance';

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
  // Issue 12: the owner may be a person of the collaboration or a partner organisation; a name
  // typed that is neither ("the lead partner") stays a name.
  const people = usePeople(true).data ?? [];
  const partners = (useOrganisations().data ?? []).filter((o) => o.isActive);
  const ownerOf = (name: string) => {
    const person = people.find((p) => p.displayName === name);
    if (person) return { ownerUserId: person.userId };
    const partner = partners.find((o) => o.name === name);
    return partner ? { ownerOrganisationId: partner.id } : { ownerName: name };
  };
  const form = useForm<{ text: string; ownerName: string; dueOn: string | null }>({
    initialValues: { text: '', ownerName: '', dueOn: null },
    validate: {
      text: (v) => (v.trim() ? null : t('errors:validation.required')),
      ownerName: (v) => (v.trim() ? null : t('errors:validation.required')),
    },
  });
  // The server's field names are this form's value names.
  const problems = useFormProblems(Object.keys(form.values));
  const submit = form.onSubmit((v) =>
    save.mutate(
      { ...context, text: v.text, ...ownerOf(v.ownerName.trim()), dueOn: v.dueOn },
      {
        onSuccess: () => {
          form.reset();
          onDone();
        },
        onError: (error) => form.setErrors(problems.fromServer(error)),
      },
    ),
  );
  return (
    <FormShell
      onSubmit={submit}
      problems={problems}
      isPending={save.isPending}
      submitLabel={t('governance.todo.add')}
    >
      <TextInput label={t('governance.todo.text')} required {...form.getInputProps('text')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Autocomplete
          label={t('governance.todo.owner')}
          required
          data={[
            ...new Set([...owners, ...people.map((p) => p.displayName), ...partners.map((o) => o.name)]),
          ]}
          {...form.getInputProps('ownerName')}
        />
        <DateField
          label={t('governance.todo.dueOn')}
          {...form.getInputProps('dueOn')}
          value={form.values.dueOn}
          onChange={(v) => form.setFieldValue('dueOn', v)}
        />
      </SimpleGrid>
    </FormShell>
  );
}
