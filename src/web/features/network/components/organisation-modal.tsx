import { Group, Select, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { type OrganisationDto, organisationInput } from '../../../../contracts/network';
import { PARTNER_ORGANISATION_KINDS } from '../../../../domain/organisation-kinds';
import { FormDialog } from '../../../components/ui/form-dialog';
import { useFormProblems } from '../../../components/ui/use-form-problems';
import { zodFieldErrors } from '../../../lib/form-errors';
import { useCodeLabels } from '../../../lib/labels';
import { useSaveOrganisation } from '../hooks/use-organisation-changes';

const FIELDS = ['name', 'kind', 'address', 'contactName', 'contactEmail', 'contactPhone'] as const;
type Values = Record<(typeof FIELDS)[number], string>;

/** Issue 12: add or edit a partner organisation (name, kind, address, contact). */
export function OrganisationModal({
  current,
  opened,
  onClose,
}: {
  current: OrganisationDto | null;
  opened: boolean;
  onClose: () => void;
}) {
  return opened ? <OrganisationForm current={current} onDone={onClose} /> : null;
}

function OrganisationForm({ current, onDone }: { current: OrganisationDto | null; onDone: () => void }) {
  const { t } = useTranslation();
  const labels = useCodeLabels();
  const save = useSaveOrganisation();
  const problems = useFormProblems(FIELDS);
  const form = useForm<Values>({
    initialValues: {
      name: current?.name ?? '',
      kind: current?.kind ?? '',
      address: current?.address ?? '',
      contactName: current?.contactName ?? '',
      contactEmail: current?.contactEmail ?? '',
      contactPhone: current?.contactPhone ?? '',
    },
  });
  // The catalogue's partner kinds, and the current kind if it is one of the others (a crisis network).
  const kinds = [...new Set([...PARTNER_ORGANISATION_KINDS, ...(current ? [current.kind] : [])])];

  const submit = form.onSubmit((values) => {
    problems.clear();
    const parsed = organisationInput.safeParse(values, { reportInput: true });
    if (!parsed.success) return form.setErrors(zodFieldErrors(parsed.error.issues, t));
    save.mutate(
      { current, body: parsed.data },
      {
        onSuccess: onDone,
        onError: (error) => form.setErrors(problems.fromServer(error)),
      },
    );
  });

  return (
    <FormDialog
      title={current ? t('organisations.edit') : t('organisations.add')}
      size="lg"
      onClose={onDone}
      onSubmit={submit}
      problems={problems}
      isPending={save.isPending}
      submitLabel={t('organisations.save')}
    >
      <TextInput label={t('organisations.name')} required {...form.getInputProps('name')} />
      <Select
        label={t('organisations.kind')}
        required
        data={kinds.map((k) => ({ value: k, label: labels.organisationKind(k) }))}
        {...form.getInputProps('kind')}
      />
      <Textarea label={t('organisations.address')} autosize minRows={2} {...form.getInputProps('address')} />
      <TextInput label={t('organisations.contactName')} {...form.getInputProps('contactName')} />
      <Group grow>
        <TextInput
          label={t('organisations.contactEmail')}
          type="email"
          {...form.getInputProps('contactEmail')}
        />
        <TextInput label={t('organisations.contactPhone')} {...form.getInputProps('contactPhone')} />
      </Group>
    </FormDialog>
  );
}
