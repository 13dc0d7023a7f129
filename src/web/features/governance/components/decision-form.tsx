import { Alert, Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { RoundDecisionBody } from '../../../../contracts/governance/advice';
import { todayIso } from '../../../../domain/dates';
import { evaluationDateAfter } from '../../../../domain/meetings';
import { DateField } from '../../../components/ui/date-field';
import { isApiError } from '../../../lib/api';
import { useGovernanceMutation } from '../hooks/use-governance';

const PRESETS = ['none', '6', '12', '24', 'custom'] as const;
type Preset = (typeof PRESETS)[number];

type Values = {
  text: string;
  decidedOn: string | null;
  preset: Preset;
  evaluateOn: string | null;
  label: string;
};

/**
 * R14: a decision records its date and when it is evaluated, e.g. "na twee werkjaren"; the label
 * goes into the minutes as written.
 */
export function DecisionForm({
  defaultDate,
  save,
  onDone,
  submitLabel,
}: {
  defaultDate: string;
  save: (body: RoundDecisionBody) => Promise<unknown>;
  onDone: () => void;
  submitLabel?: string;
}) {
  const { t } = useTranslation();
  const mutation = useGovernanceMutation(save);
  const today = todayIso();
  const form = useForm<Values>({
    initialValues: {
      text: '',
      decidedOn: defaultDate <= today ? defaultDate : today,
      preset: 'none',
      evaluateOn: null,
      label: '',
    },
    validate: {
      text: (v) => (v.trim() ? null : t('errors:validation.required')),
      evaluateOn: (v, values) => (values.preset === 'custom' && !v ? t('errors:validation.date') : null),
    },
  });
  const submit = form.onSubmit((v) => {
    const decidedOn = v.decidedOn ?? today;
    const months = Number(v.preset);
    const evaluateOn =
      v.preset === 'custom'
        ? v.evaluateOn
        : Number.isFinite(months)
          ? evaluationDateAfter(decidedOn, months)
          : null;
    const evaluationLabel =
      v.preset === 'custom'
        ? v.label || null
        : v.preset === 'none'
          ? null
          : t(`governance.decision.preset.${v.preset}`);
    mutation.mutate(
      { text: v.text, decidedOn, evaluateOn, evaluationLabel },
      {
        onSuccess: onDone,
        onError: (error) => {
          if (isApiError(error)) for (const p of error.fieldProblems) form.setFieldError(p.field, p.message);
        },
      },
    );
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {mutation.error ? (
          <Alert color="red" role="alert">
            {mutation.error.message}
          </Alert>
        ) : null}
        <Textarea
          label={t('governance.decision.text')}
          required
          autosize
          minRows={2}
          {...form.getInputProps('text')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField
            label={t('governance.decision.decidedOn')}
            maxDate={today}
            {...form.getInputProps('decidedOn')}
            value={form.values.decidedOn}
            onChange={(v) => form.setFieldValue('decidedOn', v)}
          />
          <Select
            label={t('governance.decision.evaluation')}
            allowDeselect={false}
            data={PRESETS.map((p) => ({ value: p, label: t(`governance.decision.preset.${p}`) }))}
            {...form.getInputProps('preset')}
          />
        </SimpleGrid>
        {form.values.preset === 'custom' ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <DateField
              label={t('governance.decision.evaluateOn')}
              required
              {...form.getInputProps('evaluateOn')}
              value={form.values.evaluateOn}
              onChange={(v) => form.setFieldValue('evaluateOn', v)}
            />
            <TextInput label={t('governance.decision.evaluationLabel')} {...form.getInputProps('label')} />
          </SimpleGrid>
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" loading={mutation.isPending}>
            {submitLabel ?? t('governance.decision.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
