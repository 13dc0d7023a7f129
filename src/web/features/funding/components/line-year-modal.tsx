import { Checkbox, NumberInput, SimpleGrid, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  type FundingLineOverviewDto,
  type LineYearInput,
  lineYearInput,
  SPENDING_CATEGORIES,
} from '../../../../contracts/funding';
import { FAMILY_CARE_LINE } from '../../../../domain/funding-lines';
import { FormShell } from '../../../components/ui/form-shell';
import { MoneyField } from '../../../components/ui/money-field';
import { useFormProblems } from '../../../components/ui/use-form-problems';
import { zodFieldErrors } from '../../../lib/form-errors';
import { centsToInput, parseEuroInput } from '../../../lib/money';
import { useSaveLineYear } from '../hooks/use-funding';
import { LineModal, type LineModalProps } from './line-modal';

type LineYearValues = {
  budgetCents: string;
  targetTrajectories: number | string;
  capTrajectories: number | string;
  pricePerTrajectoryCents: string;
  coordinationBudgetCents: string;
  trainingBudgetCents: string;
  countsAs: string[];
};
const FIELDS = [
  'budgetCents',
  'targetTrajectories',
  'capTrajectories',
  'pricePerTrajectoryCents',
  'coordinationBudgetCents',
  'trainingBudgetCents',
  'countsAs',
] as const;
const MONEY = [
  'budgetCents',
  'pricePerTrajectoryCents',
  'coordinationBudgetCents',
  'trainingBudgetCents',
] as const;

const count = (value: number | string) => (value === '' ? null : Number(value));

function LineYearForm({
  line,
  year,
  onDone,
}: {
  line: FundingLineOverviewDto;
  year: number;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveLineYear();
  const problems = useFormProblems(FIELDS);
  const hasCompetence = line.code === FAMILY_CARE_LINE || line.competence !== null;
  const form = useForm<LineYearValues>({
    initialValues: {
      budgetCents: centsToInput(line.budgetCents),
      targetTrajectories: line.targetTrajectories ?? '',
      capTrajectories: line.capTrajectories ?? '',
      pricePerTrajectoryCents: centsToInput(line.pricePerTrajectoryCents),
      coordinationBudgetCents: centsToInput(line.competence?.coordination.budgetCents),
      trainingBudgetCents: centsToInput(line.competence?.training.budgetCents),
      countsAs: [...line.countsAs],
    },
  });

  const submit = form.onSubmit((values) => {
    problems.clear();
    // Amounts are parsed from the typed text; a blank optional amount is "not set".
    const errors: Record<string, string> = {};
    const cents: Record<string, number | null> = {};
    for (const field of MONEY) {
      const text = values[field].trim();
      if (text === '') {
        cents[field] = null;
        if (field === 'budgetCents') errors[field] = t('errors:validation.required');
        continue;
      }
      cents[field] = parseEuroInput(text);
      if (cents[field] === null) errors[field] = t('common.invalidAmount');
    }
    if (Object.keys(errors).length > 0) return form.setErrors(errors);
    const parsed = lineYearInput.safeParse(
      {
        budgetCents: cents.budgetCents,
        targetTrajectories: count(values.targetTrajectories),
        capTrajectories: count(values.capTrajectories),
        pricePerTrajectoryCents: cents.pricePerTrajectoryCents,
        coordinationBudgetCents: hasCompetence ? cents.coordinationBudgetCents : null,
        trainingBudgetCents: hasCompetence ? cents.trainingBudgetCents : null,
        countsAs: values.countsAs,
      },
      { reportInput: true },
    );
    if (!parsed.success) return form.setErrors(zodFieldErrors(parsed.error.issues, t));
    const body: LineYearInput = parsed.data;
    save.mutate(
      { code: line.code, year, body },
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
      submitLabel={t('funding.yearForm.submit')}
    >
      <MoneyField label={t('funding.yearForm.budget')} required {...form.getInputProps('budgetCents')} />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <NumberInput
          label={t('funding.yearForm.target')}
          description={t('funding.yearForm.targetHint')}
          min={0}
          allowDecimal={false}
          {...form.getInputProps('targetTrajectories')}
        />
        <NumberInput
          label={t('funding.yearForm.cap')}
          description={t('funding.yearForm.capHint')}
          min={0}
          allowDecimal={false}
          {...form.getInputProps('capTrajectories')}
        />
      </SimpleGrid>
      <MoneyField label={t('funding.yearForm.price')} {...form.getInputProps('pricePerTrajectoryCents')} />
      {hasCompetence ? (
        <>
          <Text size="sm" c="dimmed">
            {t('funding.yearForm.competenceHint')}
          </Text>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <MoneyField
              label={t('funding.yearForm.coordination')}
              {...form.getInputProps('coordinationBudgetCents')}
            />
            <MoneyField
              label={t('funding.yearForm.training')}
              {...form.getInputProps('trainingBudgetCents')}
            />
          </SimpleGrid>
        </>
      ) : null}
      <Checkbox.Group
        label={t('funding.yearForm.countsAs')}
        description={t('funding.yearForm.countsAsHint')}
        {...form.getInputProps('countsAs')}
      >
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing={6} mt={6}>
          {SPENDING_CATEGORIES.map((c) => (
            <Checkbox key={c} value={c} label={t(`funding.categories.${c}`)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
    </FormShell>
  );
}

export function LineYearModal({ line, year, onClose, onDone }: LineModalProps) {
  return (
    <LineModal line={line} year={year} onClose={onClose} titleKey="funding.yearForm.title">
      {(l) => <LineYearForm line={l} year={year} onDone={onDone} />}
    </LineModal>
  );
}
