import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { QuarterlyOverviewResponse } from '../../../../contracts/funding';
import { QueryState } from '../../../components/ui/query-state';
import { SectionCard } from '../../../components/ui/section-card';
import { useCodeLabels } from '../../../lib/labels';
import { useEuro } from '../../../lib/use-euro';
import { useQuarterlyOverview } from '../hooks/use-funding';

type Line = QuarterlyOverviewResponse['lines'][number];

function LineQuarters({ line, year }: { line: Line; year: number }) {
  const { t } = useTranslation();
  const labels = useCodeLabels();
  const { euro } = useEuro();
  const money = (cents: number | null) => (cents === null ? '—' : euro(cents));
  const name = labels.fundingLine(line.code, line.name);
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table fz="sm" verticalSpacing={6} striped>
        <Table.Caption>{t('funding.quarters.caption', { line: name, year })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('funding.quarters.quarter')}</Table.Th>
            <Table.Th ta="right">{t('funding.quarters.started')}</Table.Th>
            <Table.Th ta="right">{t('funding.quarters.cumulative')}</Table.Th>
            <Table.Th ta="right">{t('funding.quarters.committed')}</Table.Th>
            <Table.Th ta="right">{t('funding.quarters.spent')}</Table.Th>
            <Table.Th ta="right">{t('funding.quarters.capLeft')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {line.quarters.map((q) => (
            <Table.Tr key={q.quarter}>
              <Table.Th scope="row">{t('funding.quarters.q', { quarter: q.quarter })}</Table.Th>
              <Table.Td ta="right">{q.started}</Table.Td>
              <Table.Td ta="right">
                {line.capTrajectories === null
                  ? q.cumulative
                  : t('funding.quarters.ofCap', { count: q.cumulative, cap: line.capTrajectories })}
              </Table.Td>
              <Table.Td ta="right">{money(q.committedCents)}</Table.Td>
              <Table.Td ta="right">{money(q.spentCents)}</Table.Td>
              <Table.Td ta="right">{q.capLeft ?? '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** R6: add-on trajectories are reported to the steering group each quarter. */
export function QuarterlyOverview({ year }: { year: number }) {
  const { t } = useTranslation();
  const quarters = useQuarterlyOverview(year);
  return (
    <SectionCard title={t('funding.quarters.title')}>
      <QueryState query={quarters}>
        {(data) =>
          data.lines.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('funding.quarters.none')}
            </Text>
          ) : (
            <Stack gap="md">
              <Text size="sm">{t('funding.quarters.intro')}</Text>
              {data.lines.map((line) => (
                <LineQuarters key={line.code} line={line} year={data.year} />
              ))}
            </Stack>
          )
        }
      </QueryState>
    </SectionCard>
  );
}
