import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AllocationResponse } from '../../../../contracts/funding';
import { SectionCard } from '../../../components/ui/section-card';
import { formatNumber } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import { useEuro } from '../../../lib/use-euro';

export function AllocationTable({ allocation }: { allocation: AllocationResponse }) {
  const { t } = useTranslation();
  const { euro } = useEuro();
  const locale = currentLocale();
  const zones = [...allocation.zones].sort(
    (a, b) => Number(b.isServed) - Number(a.isServed) || b.amountCents - a.amountCents,
  );
  const population = zones.reduce((sum, z) => sum + z.populationUnder25, 0);
  return (
    <SectionCard title={t('allocation.table.title')}>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="xs" fz="sm" striped>
          <Table.Caption>{t('allocation.table.caption', { year: allocation.year })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('allocation.table.zone')}</Table.Th>
              <Table.Th ta="right">{t('allocation.table.population')}</Table.Th>
              <Table.Th ta="right">{t('allocation.table.deprivation')}</Table.Th>
              <Table.Th ta="right">{t('allocation.table.amount')}</Table.Th>
              <Table.Th>{t('allocation.table.served')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {zones.map((zone) => (
              <Table.Tr key={zone.zoneCode}>
                <Table.Th scope="row">
                  <Text size="sm" fw={600}>
                    {zone.zoneName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {zone.zoneCode}
                  </Text>
                </Table.Th>
                <Table.Td ta="right">{formatNumber(zone.populationUnder25, locale, 0)}</Table.Td>
                <Table.Td ta="right">
                  {new Intl.NumberFormat(`${locale}-BE`, { minimumFractionDigits: 2 }).format(
                    zone.deprivationIndex,
                  )}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {euro(zone.amountCents)}
                </Table.Td>
                <Table.Td>
                  {zone.isServed ? (
                    <Badge color="green" variant="light" radius="sm">
                      {t('allocation.table.isServed')}
                    </Badge>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('allocation.table.notServed')}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t('allocation.table.total')}</Table.Th>
              <Table.Td ta="right" fw={600}>
                {formatNumber(population, locale, 0)}
              </Table.Td>
              <Table.Td />
              <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }}>
                {euro(zones.reduce((sum, z) => sum + z.amountCents, 0))}
              </Table.Td>
              <Table.Td />
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t('allocation.table.collaboration')}</Table.Th>
              <Table.Td />
              <Table.Td />
              <Table.Td ta="right" fw={700} style={{ whiteSpace: 'nowrap' }}>
                {euro(allocation.collaborationBudgetCents)}
              </Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed">
                  {t('allocation.table.sumOfServed')}
                </Text>
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    </SectionCard>
  );
}
