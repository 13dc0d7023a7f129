import { Alert, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanContentDto } from '../../../../contracts/plans';
import { QueryState } from '../../../components/ui/query-state';
import { SectionCard } from '../../../components/ui/section-card';
import { formatDate } from '../../../lib/format';
import { useJourneyLabels } from '../../../lib/journey-labels';
import { useFamilyView } from '../hooks/use-family-view';

/** What the family reads (R16): the same as its printed plan, nothing kept from it (R28). */
export function FamilyViewPreview({
  familyId,
  renderPlan,
}: {
  familyId: string;
  /** The plan as the plans feature shows it; the page passes it in (features do not import each other). */
  renderPlan: (content: PlanContentDto) => ReactNode;
}) {
  const { t } = useTranslation();
  const labels = useJourneyLabels();
  const view = useFamilyView(familyId);
  return (
    <QueryState query={view}>
      {(v) => (
        <Stack gap="md">
          <Alert color="blue">{t('familyView.intro')}</Alert>
          <SectionCard title={t('familyView.plan')}>
            {v.plan ? renderPlan(v.plan.content) : <Text size="sm">{t('plan.empty')}</Text>}
          </SectionCard>
          <SectionCard title={t('familyView.contacts')}>
            {v.contacts.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('plan.none')}
              </Text>
            ) : (
              <Table fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('contacts.date')}</Table.Th>
                    <Table.Th>{t('contacts.kind')}</Table.Th>
                    <Table.Th>{t('contacts.note')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {v.contacts.map((c) => (
                    <Table.Tr key={`${c.occurredOn}-${c.kind}-${c.note}`}>
                      <Table.Td>{formatDate(c.occurredOn)}</Table.Td>
                      <Table.Td>{labels.contactKind(c.kind)}</Table.Td>
                      <Table.Td>{c.note}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </SectionCard>
        </Stack>
      )}
    </QueryState>
  );
}
