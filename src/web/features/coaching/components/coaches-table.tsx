import { Alert, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CoachesResponse } from '../../../../contracts/coaching';
import { CoachBadges } from './coach-badges';

/** R23: every active family coach, paid and volunteer, with limit, running families and free places. */
export function CoachesTable({ list }: { list: CoachesResponse }) {
  const { t } = useTranslation();
  if (list.coaches.length === 0) return <Alert color="blue">{t('coaching.coaches.none')}</Alert>;
  return (
    <Table.ScrollContainer minWidth={680}>
      <Table verticalSpacing="xs" fz="sm">
        <Table.Caption>{t('coaching.coaches.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('coaching.coaches.name')}</Table.Th>
            <Table.Th>{t('coaching.coaches.organisation')}</Table.Th>
            <Table.Th>{t('coaching.coaches.region')}</Table.Th>
            <Table.Th ta="right">{t('coaching.coaches.limit')}</Table.Th>
            <Table.Th ta="right">{t('coaching.coaches.running')}</Table.Th>
            <Table.Th ta="right">{t('coaching.coaches.free')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.coaches.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Th scope="row">
                <Text size="sm" fw={600}>
                  {c.displayName}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`team.functions.${c.function}`)}
                </Text>
                <CoachBadges coach={c} />
              </Table.Th>
              <Table.Td>{c.organisationName}</Table.Td>
              <Table.Td>{c.zone?.name ?? t('coaching.noRegion')}</Table.Td>
              <Table.Td ta="right">{c.caseloadLimit}</Table.Td>
              <Table.Td ta="right">{c.running}</Table.Td>
              <Table.Td ta="right" fw={600}>
                {c.freePlaces}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
