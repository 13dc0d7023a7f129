import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FiguresResponse } from '../../../../contracts/reports';
import { formatNumber } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';

function Kpi({ label, value, unit }: { label: string; value: string; unit?: string }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="sm" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text fz={28} fw={700} lh={1.2} mt={4}>
        {value}
        {unit ? (
          <Text span size="sm" fw={500} c="dimmed" ml={6}>
            {unit}
          </Text>
        ) : null}
      </Text>
    </Paper>
  );
}

export function KpiCards({ figures }: { figures: FiguresResponse }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  // Hidden outside the team (null) when it would give a small count away.
  const count = (n: number | null) => (n === null ? 'x' : formatNumber(n, locale, 0));
  const days = (n: number | null) => (n === null ? '—' : formatNumber(n, locale, 1));
  const { median, p90 } = figures.timeToAnswerDays;
  return (
    <SimpleGrid cols={{ base: 2, sm: 4, xl: 8 }} spacing="sm">
      <Kpi label={t('figures.kpi.received')} value={count(figures.received)} />
      <Kpi label={t('figures.kpi.started')} value={count(figures.started)} />
      <Kpi label={t('figures.kpi.notStarted')} value={count(figures.notStarted)} />
      <Kpi label={t('figures.kpi.waiting')} value={count(figures.waiting)} />
      <Kpi label={t('figures.kpi.open')} value={count(figures.open)} />
      <Kpi
        label={t('figures.kpi.median')}
        value={days(median)}
        unit={median === null ? undefined : t('figures.days')}
      />
      <Kpi
        label={t('figures.kpi.p90')}
        value={days(p90)}
        unit={p90 === null ? undefined : t('figures.days')}
      />
      <Kpi label={t('figures.kpi.overQuotaSignals')} value={count(figures.overQuotaSignals)} />
    </SimpleGrid>
  );
}
