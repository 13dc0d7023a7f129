import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../../components/ui/section-card';
import { formatNumber } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';

type CountsTableProps = {
  title: string;
  keyHeader: string;
  counts: Record<string, number | null>;
  label: (key: string) => string;
};

/** Outside the team a small count, and what would give it away, is hidden (null): shown as x. */
export function CountsTable({ title, keyHeader, counts, label }: CountsTableProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const rows = Object.entries(counts).sort(([, a], [, b]) => (b ?? 0) - (a ?? 0));
  return (
    <SectionCard title={title}>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('figures.noData')}
        </Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{keyHeader}</Table.Th>
              <Table.Th ta="right">{t('figures.count')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(([key, value]) => (
              <Table.Tr key={key}>
                <Table.Td>{label(key)}</Table.Td>
                <Table.Td ta="right">{value === null ? 'x' : formatNumber(value, locale, 0)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </SectionCard>
  );
}
