import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FundingOverviewResponse } from '../../../../contracts/funding';
import { useEuro } from '../../../lib/use-euro';

function Kpi({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="sm" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text fz={24} fw={700} lh={1.2} mt={4}>
        {value}
      </Text>
    </Paper>
  );
}

export function FundingTotals({ overview }: { overview: FundingOverviewResponse }) {
  const { t } = useTranslation();
  const { euro } = useEuro();
  const sum = (pick: (l: FundingOverviewResponse['lines'][number]) => number) =>
    overview.lines.reduce((total, line) => total + pick(line), 0);
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
      <Kpi label={t('funding.totals.budget')} value={euro(sum((l) => l.budgetCents))} />
      <Kpi label={t('funding.totals.committed')} value={euro(sum((l) => l.committedCents))} />
      <Kpi label={t('funding.totals.spent')} value={euro(sum((l) => l.spentCents))} />
      <Kpi
        label={overview.isYearClosed ? t('funding.totals.residual') : t('funding.totals.left')}
        value={euro(sum((l) => l.leftCents))}
      />
    </SimpleGrid>
  );
}
