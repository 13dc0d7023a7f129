import { Paper, Progress, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseloadGroupDto, TeamCaseloadResponse } from '../../../../contracts/team';
import { QueryState } from '../../../components/ui/query-state';
import { SectionCard } from '../../../components/ui/section-card';
import { formatNumber } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import { useTeamCaseload } from '../hooks/use-assignment';
import { AvailabilityBadge } from './availability-badge';

const n = (value: number | null, digits = 1) =>
  value === null ? '—' : formatNumber(value, currentLocale(), digits);

function RegionCard({ group }: { group: CaseloadGroupDto }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="sm" c="dimmed" fw={600}>
        {group.zoneName ?? t('team.caseload.noRegion')}
      </Text>
      <Text fz={28} fw={700} lh={1.2} mt={4}>
        {t('team.caseload.perFteValue', { value: n(group.perFte) })}
      </Text>
      <Text size="xs" c="dimmed">
        {t('team.caseload.groupLine', {
          units: group.units,
          fte: n(group.fteTeam / 100, 2),
          workers: group.workers,
        })}
      </Text>
    </Paper>
  );
}

function Caseload({ caseload }: { caseload: TeamCaseloadResponse }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...caseload.workers.map((w) => w.perFte ?? 0));
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        <RegionCard group={{ ...caseload.total, zoneName: t('team.caseload.wholeTeam') }} />
        {caseload.regions.map((r) => (
          <RegionCard key={r.zoneCode ?? 'none'} group={r} />
        ))}
      </SimpleGrid>
      <SectionCard title={t('team.caseload.title')}>
        <Table.ScrollContainer minWidth={820}>
          <Table verticalSpacing="xs" horizontalSpacing="xs" striped fz="sm">
            <Table.Caption>{t('team.caseload.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('team.caseload.worker')}</Table.Th>
                <Table.Th>{t('team.caseload.region')}</Table.Th>
                <Table.Th ta="right">{t('team.caseload.fte')}</Table.Th>
                <Table.Th ta="right">{t('team.caseload.families')}</Table.Th>
                <Table.Th ta="right">{t('team.caseload.open')}</Table.Th>
                <Table.Th ta="right">{t('team.caseload.withoutTrajectory')}</Table.Th>
                <Table.Th miw={160}>{t('team.caseload.perFte')}</Table.Th>
                <Table.Th>{t('team.caseload.availability')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {caseload.workers.map((w) => (
                <Table.Tr key={w.workerId}>
                  <Table.Th scope="row">
                    <Text size="sm" fw={600}>
                      {w.displayName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t(`team.functions.${w.function}`)}
                    </Text>
                  </Table.Th>
                  <Table.Td>
                    {caseload.regions.find((r) => r.zoneCode === w.zoneCode)?.zoneName ?? '—'}
                  </Table.Td>
                  <Table.Td ta="right">{t('team.percent', { value: w.fteTeam })}</Table.Td>
                  <Table.Td ta="right">{w.families}</Table.Td>
                  <Table.Td ta="right">{w.openTrajectories}</Table.Td>
                  <Table.Td ta="right">{w.familiesWithoutTrajectory}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {n(w.perFte)}
                    </Text>
                    <Progress
                      value={((w.perFte ?? 0) * 100) / max}
                      size="sm"
                      aria-label={t('team.caseload.perFteOf', { name: w.displayName, value: n(w.perFte) })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <AvailabilityBadge worker={w} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </SectionCard>
    </Stack>
  );
}

/** R10: caseload per FTE per worker and region — the load that assignment by availability weighs. */
export function CaseloadPanel() {
  const caseload = useTeamCaseload();
  return <QueryState query={caseload}>{(data) => <Caseload caseload={data} />}</QueryState>;
}
