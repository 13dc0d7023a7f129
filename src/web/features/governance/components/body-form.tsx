import { Alert, Button, Group, Select, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { BODY_KINDS, type BodyDto, type BodyInput } from '../../../../contracts/governance/bodies';
import { isApiError } from '../../../lib/api';
import { createBody, updateBody } from '../api/governance-api';
import { useGovernanceMutation } from '../hooks/use-governance';

type BodyFormProps = { body?: BodyDto; onDone: (body: BodyDto) => void };

/** A body of the collaboration: its kind, name, the abbreviation the minutes use ("SG"). */
export function BodyForm({ body, onDone }: BodyFormProps) {
  const { t } = useTranslation();
  const save = useGovernanceMutation((values: BodyInput) =>
    body ? updateBody(body.id, values) : createBody(values),
  );
  const form = useForm<BodyInput>({
    initialValues: {
      kind: body?.kind ?? 'steeringGroup',
      name: body?.name ?? '',
      abbreviation: body?.abbreviation ?? '',
      description: body?.description ?? '',
      isActive: body?.isActive ?? true,
    },
    validate: { name: (v) => (v.trim() ? null : t('errors:validation.required')) },
  });
  const submit = form.onSubmit((values) =>
    save.mutate(values, {
      onSuccess: onDone,
      onError: (error) => {
        if (isApiError(error)) for (const p of error.fieldProblems) form.setFieldError(p.field, p.message);
      },
    }),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {save.error ? (
          <Alert color="red" role="alert">
            {save.error.message}
          </Alert>
        ) : null}
        <Select
          label={t('governance.body.kind')}
          required
          allowDeselect={false}
          data={BODY_KINDS.map((k) => ({ value: k, label: t(`codes:governanceBodyKind.${k}`) }))}
          {...form.getInputProps('kind')}
        />
        <TextInput label={t('governance.body.name')} required {...form.getInputProps('name')} />
        <TextInput
          label={t('governance.body.abbreviation')}
          description={t('governance.body.abbreviationHint')}
          maxLength={20}
          {...form.getInputProps('abbreviation')}
        />
        <Textarea
          label={t('governance.body.description')}
          autosize
          minRows={2}
          {...form.getInputProps('description')}
        />
        {body ? (
          <Switch
            label={t('governance.body.isActive')}
            {...form.getInputProps('isActive', { type: 'checkbox' })}
          />
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending}>
            {t('governance.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
