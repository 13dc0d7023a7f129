import { Modal, NumberInput, Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { type TeamResponse, type TypeModuleDto, typeModuleInput } from '../../../../contracts/team';
import { FormShell } from '../../../components/ui/form-shell';
import { useFormProblems } from '../../../components/ui/use-form-problems';
import { zodFieldErrors } from '../../../lib/form-errors';
import { useOrganisations } from '../../../lib/reference-data';
import { useSaveTypeModule } from '../hooks/use-team';

type ModuleValues = { employerOrganisationId: string | null; name: string; fte: number | string };
const FIELDS = ['employerOrganisationId', 'name', 'fte'] as const;

type FormProps = { module: TypeModuleDto | null; onDone: (team: TeamResponse) => void };

function TypeModuleForm({ module, onDone }: FormProps) {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  const save = useSaveTypeModule();
  const problems = useFormProblems(FIELDS);
  const form = useForm<ModuleValues>({
    initialValues: module
      ? { employerOrganisationId: module.employerOrganisationId, name: module.name, fte: module.fte }
      : { employerOrganisationId: null, name: '', fte: 100 },
  });

  const submit = form.onSubmit((values) => {
    problems.clear();
    const parsed = typeModuleInput.safeParse(
      {
        employerOrganisationId: values.employerOrganisationId ?? '',
        name: values.name,
        fte: values.fte === '' ? undefined : Number(values.fte),
      },
      { reportInput: true },
    );
    if (!parsed.success) return form.setErrors(zodFieldErrors(parsed.error.issues, t));
    save.mutate(
      { id: module?.id ?? null, body: parsed.data },
      {
        onSuccess: onDone,
        onError: (error) => form.setErrors(problems.fromServer(error)),
      },
    );
  });

  return (
    <FormShell
      onSubmit={submit}
      problems={problems}
      isPending={save.isPending}
      submitLabel={module ? t('team.modules.save') : t('team.modules.submit')}
    >
      <Select
        label={t('team.modules.employer')}
        required
        searchable
        data={(organisations.data ?? [])
          .filter((o) => o.isActive || o.id === module?.employerOrganisationId)
          .map((o) => ({ value: o.id, label: o.name }))}
        {...form.getInputProps('employerOrganisationId')}
      />
      <TextInput label={t('team.modules.name')} required {...form.getInputProps('name')} />
      <NumberInput
        label={t('team.modules.fte')}
        description={t('team.modules.fteHint')}
        required
        min={1}
        max={1000}
        step={10}
        allowDecimal={false}
        suffix="%"
        {...form.getInputProps('fte')}
      />
    </FormShell>
  );
}

type TypeModuleModalProps = FormProps & { opened: boolean; onClose: () => void };

/** Add a type module, or change one (null: a new one) when its funding changes. */
export function TypeModuleModal({ opened, onClose, module, onDone }: TypeModuleModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={module ? t('team.modules.editTitle', { name: module.name }) : t('team.modules.add')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {opened ? <TypeModuleForm key={module?.id ?? 'new'} module={module} onDone={onDone} /> : null}
    </Modal>
  );
}
