import { Group, Radio, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  type FundingLineOverviewDto,
  SPENDING_CATEGORIES,
  spendingInput,
} from '../../../../contracts/funding';
import { todayIso } from '../../../../domain/dates';
import type { BookingStatus } from '../../../../domain/line-money';
import { DateField } from '../../../components/ui/date-field';
import { FormShell } from '../../../components/ui/form-shell';
import { MoneyField } from '../../../components/ui/money-field';
import { useFormProblems } from '../../../components/ui/use-form-problems';
import { zodFieldErrors } from '../../../lib/form-errors';
import { parseEuroInput } from '../../../lib/money';
import { useRecordSpending } from '../hooks/use-funding';
import { LineModal, type LineModalProps } from './line-modal';

type SpendingValues = {
  category: string | null;
  status: BookingStatus;
  amountCents: string;
  bookedOn: string | null;
  description: string;
};
const FIELDS = ['category', 'status', 'amountCents', 'bookedOn', 'description'] as const;

/** Today when the year is this year; otherwise a day inside the chosen year. */
function defaultBookingDate(year: number): string {
  const today = todayIso();
  const thisYear = Number(today.slice(0, 4));
  if (year === thisYear) return today;
  return year < thisYear ? `${year}-12-31` : `${year}-01-01`;
}

function SpendingForm({
  line,
  year,
  onDone,
}: {
  line: FundingLineOverviewDto;
  year: number;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const record = useRecordSpending();
  const problems = useFormProblems(FIELDS);
  // The categories this line's money counts as come first.
  const categories = [...line.countsAs, ...SPENDING_CATEGORIES.filter((c) => !line.countsAs.includes(c))];
  const form = useForm<SpendingValues>({
    initialValues: {
      category: categories[0] ?? null,
      status: 'spent',
      amountCents: '',
      bookedOn: defaultBookingDate(year),
      description: '',
    },
  });

  const submit = form.onSubmit((values) => {
    problems.clear();
    const amount = values.amountCents.trim() === '' ? undefined : parseEuroInput(values.amountCents);
    if (amount === null) return form.setFieldError('amountCents', t('common.invalidAmount'));
    const parsed = spendingInput.safeParse(
      {
        year,
        category: values.category ?? '',
        status: values.status,
        amountCents: amount,
        bookedOn: values.bookedOn ?? '',
        description: values.description,
      },
      { reportInput: true },
    );
    if (!parsed.success) return form.setErrors(zodFieldErrors(parsed.error.issues, t));
    record.mutate(
      { code: line.code, body: parsed.data },
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
      isPending={record.isPending}
      submitLabel={t('funding.spendingForm.submit')}
    >
      <Radio.Group label={t('funding.spendingForm.status')} required {...form.getInputProps('status')}>
        <Group gap="lg" mt={6}>
          <Radio value="spent" label={t('funding.spendingForm.spent')} />
          <Radio value="committed" label={t('funding.spendingForm.committed')} />
        </Group>
      </Radio.Group>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <MoneyField
          label={t('funding.spendingForm.amount')}
          required
          {...form.getInputProps('amountCents')}
        />
        <DateField
          label={t('funding.spendingForm.bookedOn')}
          required
          minDate={`${year}-01-01`}
          maxDate={`${year}-12-31`}
          {...form.getInputProps('bookedOn')}
          value={form.values.bookedOn}
          onChange={(value) => form.setFieldValue('bookedOn', value)}
        />
      </SimpleGrid>
      <Select
        label={t('funding.spendingForm.category')}
        required
        allowDeselect={false}
        data={categories.map((c) => ({ value: c, label: t(`funding.categories.${c}`) }))}
        {...form.getInputProps('category')}
      />
      <TextInput
        label={t('funding.spendingForm.description')}
        required
        {...form.getInputProps('description')}
      />
    </FormShell>
  );
}

export function SpendingModal({ line, year, onClose, onDone }: LineModalProps) {
  return (
    <LineModal line={line} year={year} onClose={onClose} titleKey="funding.spendingForm.title">
      {(l) => <SpendingForm line={l} year={year} onDone={onDone} />}
    </LineModal>
  );
}
