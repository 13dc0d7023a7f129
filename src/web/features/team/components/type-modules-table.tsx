import { Button, Group, Progress, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TeamResponse, TypeModuleDto } from '../../../../contracts/team';
import { SectionCard } from '../../../components/ui/section-card';
import { BreachList } from './breach-list';

type TypeModulesTableProps = {
  team: TeamResponse;
  canManage: boolean;
  onAdd: () => void;
  onEdit: (module: TypeModuleDto) => void;
};

/** R11: at least 80% of an employer's type module is used in the team. */
export function TypeModulesTable({ team, canManage, onAdd, onEdit }: TypeModulesTableProps) {
  const { t } = useTranslation();
  return (
    <SectionCard title={t('team.modules.title')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('team.modules.hint')}
        </Text>
        {team.typeModules.length === 0 ? (
          <Text size="sm">{t('team.modules.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={460}>
            <Table verticalSpacing="xs" fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('team.modules.name')}</Table.Th>
                  <Table.Th ta="right">{t('team.modules.funded')}</Table.Th>
                  <Table.Th ta="right">{t('team.modules.used')}</Table.Th>
                  <Table.Th w="40%">{t('team.modules.use')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {team.typeModules.map((module) => {
                  const percent = module.fte > 0 ? Math.floor((module.usedFte * 100) / module.fte) : 0;
                  const breaches = team.breaches.filter((b) => b.typeModuleId === module.id);
                  return (
                    <Table.Tr key={module.id}>
                      <Table.Th scope="row">
                        <Text size="sm" fw={600}>
                          {module.name}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {module.employerName}
                        </Text>
                        {canManage ? (
                          <Button
                            variant="subtle"
                            size="compact-xs"
                            px={0}
                            mt={2}
                            onClick={() => onEdit(module)}
                            aria-label={t('team.modules.editOf', { name: module.name })}
                          >
                            {t('team.modules.edit')}
                          </Button>
                        ) : null}
                      </Table.Th>
                      <Table.Td ta="right">{t('team.percent', { value: module.fte })}</Table.Td>
                      <Table.Td ta="right">{t('team.percent', { value: module.usedFte })}</Table.Td>
                      <Table.Td>
                        <Progress
                          value={Math.min(percent, 100)}
                          color={percent < 80 ? 'red.8' : 'green.8'}
                          size="lg"
                          aria-label={t('team.modules.useOf', { name: module.name, percent })}
                        />
                        <Text size="xs" mt={2}>
                          {t('team.modules.usedPercent', { percent })}
                        </Text>
                        <BreachList breaches={breaches} />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {canManage ? (
          <Group justify="flex-end">
            <Button variant="light" onClick={onAdd}>
              {t('team.modules.add')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </SectionCard>
  );
}
