import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TeamResponse } from '../../../../contracts/team';
import { formatNumber } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';

function Kpi({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="sm" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text fz={28} fw={700} lh={1.2} mt={4}>
        {value}
      </Text>
    </Paper>
  );
}

/** FTE is a percentage per worker; the team's total reads as full-time equivalents (620% = 6,2 VTE). */
export function TeamTotals({ team }: { team: TeamResponse }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const absent = team.workers.filter((w) => w.isActive && w.isAbsentToday).length;
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
      <Kpi label={t('team.totals.workers')} value={formatNumber(team.totals.workers, locale, 0)} />
      <Kpi
        label={t('team.totals.fte')}
        value={t('team.fteUnit', { value: formatNumber(team.totals.fteTeam / 100, locale, 2) })}
      />
      <Kpi label={t('team.totals.absentToday')} value={formatNumber(absent, locale, 0)} />
      <Kpi label={t('team.totals.breaches')} value={formatNumber(team.breaches.length, locale, 0)} />
    </SimpleGrid>
  );
}
