import { Badge, Button, Group, List, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanComparisonDto, PlanDto } from '../../../../contracts/plans';
import { PLAN_SECTIONS } from '../../../../domain/family-plan';
import { LabelledModal } from '../../../components/ui/labelled-modal';
import { QueryState } from '../../../components/ui/query-state';
import { SectionCard } from '../../../components/ui/section-card';
import { formatDate, formatDateTime } from '../../../lib/format';
import { usePlanComparison, usePlanVersion } from '../hooks/use-plan';
import { PlanView } from './plan-view';

const text = (item: Record<string, unknown>) =>
  String(
    item.familyWords ??
      item.description ??
      item.text ??
      item.title ??
      `${item.on ?? ''} ${item.scale ?? ''}/10`,
  );

function Comparison({ comparison }: { comparison: PlanComparisonDto }) {
  const { t } = useTranslation();
  const parts = PLAN_SECTIONS.map((s) => ({ section: s, c: comparison.changes[s] })).filter(
    ({ c }) => c.added.length + c.removed.length + c.changed.length > 0,
  );
  if (parts.length === 0) return <Text size="sm">{t('plan.versions.noDifferences')}</Text>;
  return (
    <Stack gap="sm">
      {parts.map(({ section, c }) => (
        <div key={section}>
          <Title order={3} size="h6">
            {t(`plan.conflict.section.${section}`)}
          </Title>
          <List size="sm">
            {c.added.map((i) => (
              <List.Item key={`a${i.id}`}>
                <Badge size="xs" color="green" variant="light" mr={6}>
                  {t('plan.versions.added')}
                </Badge>
                {text(i as never)}
              </List.Item>
            ))}
            {c.removed.map((i) => (
              <List.Item key={`r${i.id}`}>
                <Badge size="xs" color="red.9" variant="light" mr={6}>
                  {t('plan.versions.removed')}
                </Badge>
                {text(i as never)}
              </List.Item>
            ))}
            {c.changed.map(({ before, after }) => (
              <List.Item key={`c${after.id}`}>
                <Badge size="xs" color="orange" variant="light" mr={6}>
                  {t('plan.versions.changed')}
                </Badge>
                {text(before as never)} → {text(after as never)}
                {'status' in after && 'status' in before && after.status !== before.status
                  ? ` (${String(before.status)} → ${String(after.status)})`
                  : ''}
              </List.Item>
            ))}
          </List>
        </div>
      ))}
    </Stack>
  );
}

/** Every saved version, read back and compared (R17). */
export function VersionHistory({ familyId, plan }: { familyId: string; plan: PlanDto }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<number | null>(null);
  const latest = plan.versions[0]?.version ?? null;
  const [from, setFrom] = useState<number | null>(latest && latest > 1 ? latest - 1 : null);
  const [to, setTo] = useState<number | null>(latest);
  const version = usePlanVersion(familyId, shown);
  const comparison = usePlanComparison(familyId, from, to);
  const options = plan.versions.map((v) => ({
    value: String(v.version),
    label: t('plan.versions.versionN', { number: v.version }),
  }));
  if (plan.versions.length === 0) return null;
  return (
    <SectionCard title={t('plan.versions.title')}>
      <Table.ScrollContainer minWidth={560}>
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
      </Table.ScrollContainer>
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
            <QueryState query={comparison}>{(c) => <Comparison comparison={c} />}</QueryState>
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
