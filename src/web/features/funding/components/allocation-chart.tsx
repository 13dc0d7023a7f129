import { BarChart } from '@mantine/charts';
import { Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AllocationResponse } from '../../../../contracts/funding';
import { SectionCard } from '../../../components/ui/section-card';
import { useEuro } from '../../../lib/use-euro';

/** Amount per zone; the zones the collaboration serves in green, the others in grey. */
export function AllocationChart({ allocation }: { allocation: AllocationResponse }) {
  const { t, i18n } = useTranslation();
  const { euro, euroShort } = useEuro();
  const served = t('allocation.chart.served');
  const other = t('allocation.chart.other');
  const zones = [...allocation.zones].sort(
    (a, b) => Number(b.isServed) - Number(a.isServed) || b.amountCents - a.amountCents,
  );
  // Whole euros on the chart; two series so each zone's bar is coloured by whether it is served.
  const data = zones.map((z) => ({
    zone: z.zoneName,
    [served]: z.isServed ? Math.round(z.amountCents / 100) : 0,
    [other]: z.isServed ? 0 : Math.round(z.amountCents / 100),
  }));
  return (
    <SectionCard title={t('allocation.chart.title')}>
      <div aria-hidden="true" key={i18n.language}>
        <BarChart
          h={280}
          data={data}
          dataKey="zone"
          type="stacked"
          series={[
            { name: served, color: 'green.8' },
            // Only when there are zones the collaboration does not serve.
            ...(zones.some((z) => !z.isServed) ? [{ name: other, color: 'gray.5' }] : []),
          ]}
          withLegend
          tickLine="y"
          gridAxis="y"
          valueFormatter={(value) => euroShort(value * 100)}
          yAxisProps={{ width: 110 }}
          barChartProps={{ accessibilityLayer: false }}
        />
      </div>
      <VisuallyHidden>
        <Table>
          <Table.Caption>{t('allocation.chart.title')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('allocation.table.zone')}</Table.Th>
              <Table.Th>{t('allocation.table.amount')}</Table.Th>
              <Table.Th>{t('allocation.table.served')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {zones.map((z) => (
              <Table.Tr key={z.zoneCode}>
                <Table.Td>{z.zoneName}</Table.Td>
                <Table.Td>{euro(z.amountCents)}</Table.Td>
                <Table.Td>{z.isServed ? t('common.yes') : t('common.no')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </VisuallyHidden>
    </SectionCard>
  );
}
