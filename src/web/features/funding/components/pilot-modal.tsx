import { SimpleGrid, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { type FundingLineOverviewDto, pilotInput } from '../../../../contracts/funding';
import { DateField } from '../../../components/ui/date-field';
import { FormShell } from '../../../components/ui/form-shell';
import { MoneyField } from '../../../components/ui/money-field';
import { useFormProblems } from '../../../components/ui/use-form-problems';
import { zodFieldErrors } from '../../../lib/form-errors';
import { centsToInput, parseEuroInput } from '../../../lib/money';
import { useEuro } from '../../../lib/use-euro';
import { useCreatePilot } from '../hooks/use-funding';
import { residualOf } from './funding-line-card';
import { LineModal, type LineModalProps } from './line-modal';

type PilotValues = { name: string; amountCents: string; startsOn: string | null; endsOn: string | null };
const FIELDS = ['name', 'amountCents', 'startsOn', 'endsOn'] as const;

/** R12: residual money of a closed year to a time-bound pilot (proeftuin). */
function PilotForm({
  line,
  year,
  onDone,
}: {
  line: FundingLineOverviewDto;
  year: number;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { euro } = useEuro();
  const create = useCreatePilot();
  // The year the money comes from (fromYear) has no input here: its refusal shows on top.
  const problems = useFormProblems(FIELDS);
  const available = residualOf(line);
  const form = useForm<PilotValues>({
    initialValues: { name: '', amountCents: centsToInput(available), startsOn: null, endsOn: null },
  });

  const submit = form.onSubmit((values) => {
    problems.clear();
    const amount = values.amountCents.trim() === '' ? undefined : parseEuroInput(values.amountCents);
    if (amount === null) return form.setFieldError('amountCents', t('common.invalidAmount'));
    const parsed = pilotInput.safeParse(
      {
        name: values.name,
        fundingLine: line.code,
        fromYear: year,
        amountCents: amount,
        startsOn: values.startsOn ?? '',
        endsOn: values.endsOn ?? '',
      },
      { reportInput: true },
    );
    if (!parsed.success) return form.setErrors(zodFieldErrors(parsed.error.issues, t));
    create.mutate(parsed.data, {
      onSuccess: onDone,
      onError: (error) => {
        form.setErrors(problems.fromServer(error));
      },
    });
  });

  return (
    <FormShell
      onSubmit={submit}
      problems={problems}
      isPending={create.isPending}
      submitLabel={t('funding.pilotForm.submit')}
    >
      <Text size="sm">{t('funding.pilotForm.available', { amount: euro(available), year })}</Text>
      <TextInput label={t('funding.pilotForm.name')} required {...form.getInputProps('name')} />
      <MoneyField label={t('funding.pilotForm.amount')} required {...form.getInputProps('amountCents')} />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <DateField
          label={t('funding.pilotForm.startsOn')}
          required
          {...form.getInputProps('startsOn')}
          value={form.values.startsOn}
          onChange={(value) => form.setFieldValue('startsOn', value)}
        />
        <DateField
          label={t('funding.pilotForm.endsOn')}
          required
          {...form.getInputProps('endsOn')}
          value={form.values.endsOn}
          onChange={(value) => form.setFieldValue('endsOn', value)}
        />
      </SimpleGrid>
    </FormShell>
  );
}

export function PilotModal({ line, year, onClose, onDone }: LineModalProps) {
  return (
    <LineModal line={line} year={year} onClose={onClose} titleKey="funding.pilotForm.title">
      {(l) => <PilotForm line={l} year={year} onDone={onDone} />}
    </LineModal>
  );
}
