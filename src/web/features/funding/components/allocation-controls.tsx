import { Button, Group, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MoneyField } from '../../../components/ui/money-field';
import { YearSelect } from '../../../components/ui/year-select';
import { centsToInput, parseEuroInput } from '../../../lib/money';

type AllocationControlsProps = {
  year: number;
  budgetCents: number;
  thisYear: number;
  onChange: (next: { year: number; budgetCents: number }) => void;
};

/** The year and the total budget to share over the zones; the budget is applied on "Verdelen". */
export function AllocationControls({ year, budgetCents, thisYear, onChange }: AllocationControlsProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(centsToInput(budgetCents));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(centsToInput(budgetCents)), [budgetCents]);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const cents = parseEuroInput(text);
    if (cents === null) return setError(t('common.invalidAmount'));
    setError(null);
    onChange({ year, budgetCents: cents });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('allocation.controls')}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <YearSelect
          label={t('allocation.year')}
          value={year}
          from={thisYear - 4}
          to={thisYear + 1}
          onChange={(next) => onChange({ year: next, budgetCents })}
        />
        <MoneyField
          label={t('allocation.budget')}
          w={260}
          value={text}
          onChange={(value) => {
            setError(null);
            setText(value);
          }}
          error={error}
        />
        <Button type="submit" mb={error ? 22 : 0}>
          {t('allocation.apply')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mt={6}>
        {t('allocation.budgetHint')}
      </Text>
    </form>
  );
}
