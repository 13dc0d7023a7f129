import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DueFilesResponse } from '../../../../contracts/retention';
import { RouterAnchor } from '../../../components/ui/router-links';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { formatDate } from '../../../lib/format';

const STATE_COLOR = { due: 'red', held: 'orange', dueSoon: 'yellow' } as const;

/** R30: the files due for destruction in the next 90 days, oldest day first. */
export function DueFilesTable({ data }: { data: DueFilesResponse }) {
  const { t } = useTranslation();
  if (data.files.length === 0)
    return <Text c="dimmed">{t('retention.none', { days: data.noticeDays })}</Text>;
  return (
    <ScrollTable minWidth={560}>
      <Table striped aria-label={t('retention.listTitle')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('retention.family')}</Table.Th>
            <Table.Th>{t('retention.dueOn')}</Table.Th>
            <Table.Th>{t('retention.state')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.files.map((file) => (
            <Table.Tr key={file.familyId}>
              <Table.Td>
                <RouterAnchor to="/families/$id" params={{ id: file.familyId }}>
                  {file.label ?? file.pseudonym ?? t('retention.anonymous')}
                </RouterAnchor>
              </Table.Td>
              <Table.Td>
                {formatDate(file.dueOn)}
                {file.birthDateAssumed ? (
                  <Text size="xs" c="dimmed">
                    {t('retention.birthDateAssumed')}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Badge color={STATE_COLOR[file.state]} variant="light">
                  {t(`retention.states.${file.state}`)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
