import { Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/query-state';
import { RouterAnchor } from '../../../components/ui/router-links';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { SectionCard } from '../../../components/ui/section-card';
import { useVoiceWeek } from '../hooks/use-voice';

/** "My week": what my families said in their portal that waits for me, linked to the file. */
export function VoiceWeekCard() {
  const { t } = useTranslation();
  const week = useVoiceWeek();
  return (
    <SectionCard title={t('voice.week.title')}>
      <QueryState query={week}>
        {(data) =>
          data.families.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('voice.week.none')}
            </Text>
          ) : (
            <ScrollTable minWidth={320}>
              <Table fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('voice.week.family')}</Table.Th>
                    <Table.Th>{t('voice.week.waiting')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.families.map((f) => (
                    <Table.Tr key={f.familyId}>
                      <Table.Td>
                        <RouterAnchor
                          to="/families/$id"
                          params={{ id: f.familyId }}
                          search={{ tab: 'voice' }}
                        >
                          {f.familyLabel ?? t('family.anonymous')}
                        </RouterAnchor>
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4}>
                          {f.openCorrections > 0 ? (
                            <Badge color="orange">
                              {t('voice.week.corrections', { count: f.openCorrections })}
                            </Badge>
                          ) : null}
                          {f.unreadMessages > 0 ? (
                            <Badge color="blue">
                              {t('voice.week.messages', { count: f.unreadMessages })}
                            </Badge>
                          ) : null}
                          {f.newAdditions > 0 ? (
                            <Badge color="grape">
                              {t('voice.week.additions', { count: f.newAdditions })}
                            </Badge>
                          ) : null}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollTable>
          )
        }
      </QueryState>
    </SectionCard>
  );
}
