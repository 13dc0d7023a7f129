import { Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FamilyCareDto } from '../../../../contracts/trajectories';
import { formatDate } from '../../../lib/format';
import { minutesToHoursInput } from '../../../lib/hours';

/** Minutes as "8,25 u": hours with a decimal comma, the way they are typed. */
export function useHours() {
  const { t } = useTranslation();
  return (minutes: number) => t('trajectories.familyCare.duration', { value: minutesToHoursInput(minutes) });
}

/** R5: every care week with its dates, the hours given and what the project paid of them. */
export function CareWeeksTable({
  familyCare,
  labelledBy,
}: {
  familyCare: FamilyCareDto;
  labelledBy: string;
}) {
  const { t } = useTranslation();
  const hours = useHours();
  if (familyCare.weeks.length === 0) return null;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped withTableBorder fz="sm" aria-labelledby={labelledBy}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('trajectories.familyCare.week')}</Table.Th>
            <Table.Th scope="col">{t('trajectories.familyCare.period')}</Table.Th>
            <Table.Th scope="col">{t('trajectories.familyCare.hours')}</Table.Th>
            <Table.Th scope="col">{t('trajectories.familyCare.project')}</Table.Th>
            <Table.Th scope="col">{t('trajectories.familyCare.other')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {familyCare.weeks.map((w) => (
            <Table.Tr key={w.week}>
              <Table.Th scope="row" fw={500}>
                <Group gap={6} wrap="nowrap">
                  {t('trajectories.familyCare.weekNumber', { week: w.week })}
                  {w.isProjectWeek ? null : (
                    <Badge color="orange" variant="light" radius="sm" size="sm">
                      {t('trajectories.familyCare.outsideProject')}
                    </Badge>
                  )}
                </Group>
              </Table.Th>
              <Table.Td>
                {t('trajectories.familyCare.weekPeriod', {
                  from: formatDate(w.startsOn),
                  to: formatDate(w.endsOn),
                })}
              </Table.Td>
              <Table.Td>
                {w.minutes === null ? (
                  <Text span size="sm" c="dimmed">
                    {t('trajectories.familyCare.notRecorded')}
                  </Text>
                ) : (
                  <Group gap={6} wrap="nowrap">
                    {hours(w.minutes)}
                    {w.isProjectWeek && w.otherMinutes > 0 ? (
                      <Badge color="orange" variant="light" radius="sm" size="sm">
                        {t('trajectories.familyCare.overWeekly')}
                      </Badge>
                    ) : null}
                  </Group>
                )}
              </Table.Td>
              <Table.Td>{w.minutes === null ? '—' : hours(w.projectMinutes)}</Table.Td>
              <Table.Td>
                {w.minutes === null ? (
                  '—'
                ) : (
                  <Text
                    span
                    size="sm"
                    c={w.otherMinutes > 0 ? 'orange.9' : undefined}
                    fw={w.otherMinutes > 0 ? 700 : 400}
                  >
                    {hours(w.otherMinutes)}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row" colSpan={2}>
              {t('trajectories.familyCare.total')}
            </Table.Th>
            <Table.Td fw={700}>{hours(familyCare.totals.minutes)}</Table.Td>
            <Table.Td fw={700}>{hours(familyCare.totals.projectMinutes)}</Table.Td>
            <Table.Td fw={700}>{hours(familyCare.totals.otherMinutes)}</Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
