import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BreachDto, TeamResponse, WorkerDto } from '../../../../contracts/team';
import { SectionCard } from '../../../components/ui/section-card';
import { formatDate } from '../../../lib/format';
import { useZoneNames } from '../../../lib/reference-data';
import { BreachList } from './breach-list';

type WorkersTableProps = {
  team: TeamResponse;
  canManage: boolean;
  onEdit: (worker: WorkerDto) => void;
  onAbsence: (worker: WorkerDto) => void;
};

function byName(a: WorkerDto, b: WorkerDto) {
  return Number(b.isActive) - Number(a.isActive) || a.displayName.localeCompare(b.displayName);
}

function WorkerRow({
  worker,
  team,
  breaches,
  canManage,
  onEdit,
  onAbsence,
}: Omit<WorkersTableProps, 'team'> & { worker: WorkerDto; team: TeamResponse; breaches: BreachDto[] }) {
  const { t } = useTranslation();
  const zoneName = useZoneNames();
  const module = team.typeModules.find((m) => m.id === worker.typeModuleId);
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={600}>
        <Text size="sm" fw={600}>
          {worker.displayName}
        </Text>
        <Text size="xs" c="dimmed">
          {t(`team.functions.${worker.function}`)}
          {worker.isNewHire ? ` · ${t('team.workers.newHire')}` : ''}
          {worker.coversAbsence ? ` · ${t('team.workers.coversAbsence')}` : ''}
          {worker.site ? ` · ${worker.site}` : ''}
        </Text>
        {!worker.isActive || worker.isAbsentToday ? (
          <Group gap={4} mt={4}>
            {!worker.isActive ? (
              <Badge color="gray" variant="light" radius="sm" size="sm">
                {t('team.workers.inactive')}
              </Badge>
            ) : null}
            {worker.isAbsentToday ? (
              <Badge color="orange" variant="light" radius="sm" size="sm">
                {t('team.workers.absentToday')}
              </Badge>
            ) : null}
          </Group>
        ) : null}
      </Table.Th>
      <Table.Td>
        <Text size="sm">{worker.homeOrganisationName}</Text>
        <Text size="xs" c="dimmed">
          {module ? module.name : t('team.workers.noModule')}
        </Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {t('team.workers.fteValue', { team: worker.fteTeam, home: worker.fteHomeOrganisation })}
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {worker.secondmentEnd
          ? t('team.workers.period', {
              from: formatDate(worker.secondmentStart),
              to: formatDate(worker.secondmentEnd),
            })
          : t('team.workers.openEnded', { from: formatDate(worker.secondmentStart) })}
        {worker.flexibleSpreadingFrom ? (
          <Text size="xs" c="dimmed">
            {t('team.workers.flexibleFrom', { date: formatDate(worker.flexibleSpreadingFrom) })}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>{worker.zoneCode ? zoneName(worker.zoneCode) : <Text c="dimmed">—</Text>}</Table.Td>
      <Table.Td miw={190}>
        {breaches.length > 0 ? (
          <BreachList breaches={breaches} />
        ) : (
          <Text size="sm" c="dimmed">
            {t('team.workers.noBreach')}
          </Text>
        )}
      </Table.Td>
      {canManage ? (
        <Table.Td>
          <Stack gap={6} align="stretch">
            <Button
              size="compact-sm"
              variant="default"
              onClick={() => onEdit(worker)}
              aria-label={t('team.workers.editOf', { name: worker.displayName })}
            >
              {t('common.edit')}
            </Button>
            <Button
              size="compact-sm"
              variant="subtle"
              onClick={() => onAbsence(worker)}
              aria-label={t('team.absence.addFor', { name: worker.displayName })}
            >
              {t('team.absence.add')}
            </Button>
          </Stack>
        </Table.Td>
      ) : null}
    </Table.Tr>
  );
}

export function WorkersTable({ team, canManage, onEdit, onAbsence }: WorkersTableProps) {
  const { t } = useTranslation();
  const workers = [...team.workers].sort(byName);
  return (
    <SectionCard title={t('team.workers.title')}>
      <Table.ScrollContainer minWidth={canManage ? 960 : 860}>
        <Table verticalSpacing="xs" horizontalSpacing="xs" striped fz="sm">
          <Table.Caption>{t('team.workers.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('team.workers.name')}</Table.Th>
              <Table.Th>{t('team.workers.homeOrganisation')}</Table.Th>
              <Table.Th>{t('team.workers.fte')}</Table.Th>
              <Table.Th>{t('team.workers.secondment')}</Table.Th>
              <Table.Th>{t('team.workers.zone')}</Table.Th>
              <Table.Th>{t('team.workers.breaches')}</Table.Th>
              {canManage ? <Table.Th>{t('team.workers.actions')}</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {workers.map((worker) => (
              <WorkerRow
                key={worker.id}
                worker={worker}
                team={team}
                breaches={team.breaches.filter((b) => b.workerId === worker.id)}
                canManage={canManage}
                onEdit={onEdit}
                onAbsence={onAbsence}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </SectionCard>
  );
}
