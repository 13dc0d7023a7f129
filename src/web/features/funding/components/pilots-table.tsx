import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FundingOverviewResponse } from '../../../../contracts/funding';
import { SectionCard } from '../../../components/ui/section-card';
import { formatDate } from '../../../lib/format';
import { useCodeLabels } from '../../../lib/labels';
import { useEuro } from '../../../lib/use-euro';

/** R12: time-bound pilots paid from the residual money of a closed year. */
export function PilotsTable({ pilots }: { pilots: FundingOverviewResponse['pilots'] }) {
  const { t } = useTranslation();
  const labels = useCodeLabels();
  const { euro } = useEuro();
  return (
    <SectionCard title={t('funding.pilots.title')}>
      <Text size="sm" c="dimmed" mb="sm">
        {t('funding.pilots.hint')}
      </Text>
      {pilots.length === 0 ? (
        <Text size="sm">{t('funding.pilots.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs" fz="sm" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('funding.pilots.name')}</Table.Th>
                <Table.Th>{t('funding.pilots.line')}</Table.Th>
                <Table.Th>{t('funding.pilots.fromYear')}</Table.Th>
                <Table.Th ta="right">{t('funding.pilots.amount')}</Table.Th>
                <Table.Th>{t('funding.pilots.period')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pilots.map((pilot) => (
                <Table.Tr key={pilot.id}>
                  <Table.Th scope="row" fw={600}>
                    {pilot.name}
                  </Table.Th>
                  <Table.Td>{labels.fundingLine(pilot.fundingLine)}</Table.Td>
                  <Table.Td>{pilot.fromYear}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {euro(pilot.amountCents)}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatDate(pilot.startsOn)} – {formatDate(pilot.endsOn)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </SectionCard>
  );
}
