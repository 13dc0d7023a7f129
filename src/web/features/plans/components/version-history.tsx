import { Button, Group, Select, Stack, Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDto } from '../../../../contracts/plans';
import { LabelledModal } from '../../../components/ui/labelled-modal';
import { QueryState } from '../../../components/ui/query-state';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { SectionCard } from '../../../components/ui/section-card';
import { formatDate, formatDateTime } from '../../../lib/format';
import { usePlanComparison, usePlanVersion } from '../hooks/use-plan';
import { PlanComparison } from './plan-comparison';
import { PlanView } from './plan-view';

/** Every saved version, read back and compared (R17). */
export function VersionHistory({ familyId, plan }: { familyId: string; plan: PlanDto }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<number | null>(null);
  const latest = plan.versions[0]?.version ?? null;
  const [from, setFrom] = useState<number | null>(latest && latest > 1 ? latest - 1 : null);
  const [to, setTo] = useState<number | null>(latest);
  const version = usePlanVersion(familyId, shown);
  const comparison = usePlanComparison(familyId, from, to);
  const fromVersion = usePlanVersion(familyId, from);
  const toVersion = usePlanVersion(familyId, to);
  const contents = [toVersion.data?.content, fromVersion.data?.content].filter((c) => c !== undefined);
  const options = plan.versions.map((v) => ({
    value: String(v.version),
    label: t('plan.versions.versionN', { number: v.version }),
  }));
  if (plan.versions.length === 0) return null;
  return (
    <SectionCard title={t('plan.versions.title')}>
      <ScrollTable minWidth={560}>
        <Table fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('plan.versions.version')}</Table.Th>
              <Table.Th>{t('plan.versions.savedAt')}</Table.Th>
              <Table.Th>{t('plan.versions.savedBy')}</Table.Th>
              <Table.Th>{t('plan.versions.note')}</Table.Th>
              <Table.Th>{t('plan.versions.agreement')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plan.versions.map((v) => (
              <Table.Tr key={v.version}>
                <Table.Td>{v.version}</Table.Td>
                <Table.Td>{formatDateTime(v.savedAt)}</Table.Td>
                <Table.Td>{v.savedBy}</Table.Td>
                <Table.Td>{v.changeNote}</Table.Td>
                <Table.Td>
                  {v.agreement
                    ? t('plan.agreement.agreedOn', { date: formatDate(v.agreement.agreedOn) })
                    : '—'}
                </Table.Td>
                <Table.Td>
                  <Button variant="subtle" size="compact-sm" onClick={() => setShown(v.version)}>
                    {t('plan.versions.show', { number: v.version })}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      {plan.versions.length > 1 ? (
        <Stack gap="xs" mt="md">
          <Group align="flex-end" gap="xs">
            <Select
              label={t('plan.versions.compareFrom')}
              data={options}
              value={from ? String(from) : null}
              onChange={(v) => setFrom(v ? Number(v) : null)}
              w={160}
            />
            <Select
              label={t('plan.versions.compareTo')}
              data={options}
              value={to ? String(to) : null}
              onChange={(v) => setTo(v ? Number(v) : null)}
              w={160}
            />
          </Group>
          {from && to && from !== to ? (
            <QueryState query={comparison}>
              {(c) => <PlanComparison comparison={c} contents={contents} />}
            </QueryState>
          ) : null}
        </Stack>
      ) : null}
      <LabelledModal
        opened={shown !== null}
        onClose={() => setShown(null)}
        size="xl"
        title={t('plan.versions.versionN', { number: shown })}
      >
        <QueryState query={version}>{(v) => <PlanView content={v.content} />}</QueryState>
      </LabelledModal>
    </SectionCard>
  );
}
