import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TeamResponse } from '../../../../contracts/team';
import { isSeconded } from '../../../../domain/secondment';
import { SectionCard } from '../../../components/ui/section-card';
import { BreachList } from './breach-list';

/** R11 minimum: each home organisation has at least one worker at ≥ 50% in the team. */
export function OrganisationsTable({ team }: { team: TeamResponse }) {
  const { t } = useTranslation();
  const active = team.workers.filter((w) => w.isActive && isSeconded(w));
  const organisations = [...new Map(active.map((w) => [w.homeOrganisationId, w.homeOrganisationName]))]
    .map(([id, name]) => {
      const own = active.filter((w) => w.homeOrganisationId === id);
      return {
        id,
        name,
        workers: own.length,
        fte: own.reduce((sum, w) => sum + w.fteTeam, 0),
        halfTime: own.filter((w) => w.fteTeam >= 50).length,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  return (
    <SectionCard title={t('team.organisations.title')}>
      <Text size="sm" c="dimmed" mb="sm">
        {t('team.organisations.hint')}
      </Text>
      <Table.ScrollContainer minWidth={420}>
        <Table verticalSpacing="xs" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('team.organisations.name')}</Table.Th>
              <Table.Th ta="right">{t('team.organisations.workers')}</Table.Th>
              <Table.Th ta="right">{t('team.organisations.halfTime')}</Table.Th>
              <Table.Th ta="right">{t('team.organisations.fte')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {organisations.map((o) => {
              const breaches = team.breaches.filter((b) => b.organisationId === o.id);
              return (
                <Table.Tr key={o.id}>
                  <Table.Th scope="row">
                    <Text size="sm" fw={600}>
                      {o.name}
                    </Text>
                    <BreachList breaches={breaches} />
                  </Table.Th>
                  <Table.Td ta="right">{o.workers}</Table.Td>
                  <Table.Td ta="right">{o.halfTime}</Table.Td>
                  <Table.Td ta="right">{t('team.percent', { value: o.fte })}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </SectionCard>
  );
}
