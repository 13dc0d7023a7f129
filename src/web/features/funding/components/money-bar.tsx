import { Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useEuro } from '../../../lib/use-euro';

type MoneyBarProps = {
  label: string;
  budgetCents: number;
  spentCents: number;
  committedCents?: number;
  /** Shown above the bar (the label itself is for screen readers). */
  showLabel?: boolean;
};

const percentOf = (part: number, whole: number) => (whole > 0 ? Math.min(100, (part * 100) / whole) : 0);

/** Spent, then committed, against the budget; what is left is the empty part of the bar. */
export function MoneyBar({ label, budgetCents, spentCents, committedCents = 0, showLabel }: MoneyBarProps) {
  const { t } = useTranslation();
  const { euro } = useEuro();
  const spent = percentOf(spentCents, budgetCents);
  const committed = Math.min(100 - spent, percentOf(committedCents, budgetCents));
  const isOver = spentCents + committedCents > budgetCents;
  return (
    <div>
      {showLabel ? (
        <Text size="sm" fw={500} mb={2}>
          {label}
        </Text>
      ) : null}
      <Progress.Root size="xl" radius="sm" aria-label={label}>
        <Progress.Section
          value={spent}
          color={isOver ? 'red.8' : 'blue.8'}
          aria-label={t('funding.bar.spent', { label, amount: euro(spentCents) })}
        />
        {committedCents > 0 ? (
          <Progress.Section
            value={committed}
            color="grape.7"
            aria-label={t('funding.bar.committed', { label, amount: euro(committedCents) })}
          />
        ) : null}
      </Progress.Root>
      <Group justify="space-between" gap="xs" mt={4}>
        <Text size="xs">
          {t('funding.bar.ofBudget', { spent: euro(spentCents), budget: euro(budgetCents) })}
        </Text>
        <Text size="xs" fw={600} c={isOver ? 'red.9' : undefined}>
          {t('funding.bar.left', { amount: euro(budgetCents - spentCents - committedCents) })}
        </Text>
      </Group>
    </div>
  );
}
