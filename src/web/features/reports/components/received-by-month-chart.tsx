import { BarChart } from '@mantine/charts';
import { Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../../components/ui/section-card';
import { formatMonth } from '../../../lib/format';

type ReceivedByMonthChartProps = { counts: Record<string, number | null> };

export function ReceivedByMonthChart({ counts }: ReceivedByMonthChartProps) {
  const { t, i18n } = useTranslation();
  const months = Object.keys(counts).sort();
  const seriesName = t('figures.kpi.received');
  // Re-render labels when the language changes (month names come from dayjs).
  const data = months.map((month) => ({ month: formatMonth(month), [seriesName]: counts[month] ?? 0 }));
  return (
    <SectionCard title={t('figures.byMonth')}>
      <div aria-hidden="true" key={i18n.language}>
        <BarChart
          h={260}
          data={data}
          dataKey="month"
          series={[{ name: seriesName, color: 'blue.8' }]}
          tickLine="y"
          gridAxis="x"
          withTooltip
          yAxisProps={{ allowDecimals: false }}
          barChartProps={{ accessibilityLayer: false }}
        />
      </div>
      {/* The same numbers as a table for screen readers; a chart alone says nothing to them. */}
      <VisuallyHidden>
        <Table>
          <Table.Caption>{t('figures.byMonth')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('figures.month')}</Table.Th>
              <Table.Th>{t('figures.count')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {months.map((month) => (
              <Table.Tr key={month}>
                <Table.Td>{formatMonth(month)}</Table.Td>
                <Table.Td>{counts[month] === null ? 'x' : counts[month]}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </VisuallyHidden>
    </SectionCard>
  );
}
