import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssignmentSuggestionResponse } from '../../../../contracts/team';
import { formatNumber } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import { useZoneNames } from '../../../lib/reference-data';
import { AvailabilityBadge } from './availability-badge';

/** Every candidate as R10 ranked them: the coordinator sees why the suggestion is who it is. */
export function CandidatesTable({ view }: { view: AssignmentSuggestionResponse }) {
  const { t } = useTranslation();
  const zoneName = useZoneNames();
  if (view.candidates.length === 0) return null;
  return (
    // No scroll container: in the narrow card the table wraps instead of scrolling sideways.
    <Table fz="sm" verticalSpacing={4} horizontalSpacing={6}>
      <Table.Caption>{t('team.assignment.candidatesCaption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('team.caseload.worker')}</Table.Th>
          <Table.Th>{t('team.caseload.region')}</Table.Th>
          <Table.Th ta="right">{t('team.caseload.perFte')}</Table.Th>
          <Table.Th>{t('team.caseload.availability')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {view.candidates.map((c) => (
          <Table.Tr key={c.workerId}>
            <Table.Th scope="row" fw={c.workerId === view.suggestedWorkerId ? 700 : 400}>
              {c.displayName}
            </Table.Th>
            <Table.Td>{c.zoneCode ? zoneName(c.zoneCode) : <Text c="dimmed">—</Text>}</Table.Td>
            <Table.Td ta="right">
              {c.perFte === null ? '—' : formatNumber(c.perFte, currentLocale(), 1)}
            </Table.Td>
            <Table.Td>
              <AvailabilityBadge worker={c} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
