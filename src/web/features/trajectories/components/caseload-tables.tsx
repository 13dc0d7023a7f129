import { Alert, Paper, SimpleGrid, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseloadResponse } from '../../../../contracts/worklist';
import { TRAJECTORY_KINDS } from '../../../../domain/trajectories';
import { RouterAnchor } from '../../../components/ui/router-links';
import { SectionCard } from '../../../components/ui/section-card';
import { formatDate, formatNumber } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import { useJourneyLabels } from '../../../lib/journey-labels';

const n = (value: number | null) => (value === null ? '—' : formatNumber(value, currentLocale(), 1));

export function WorkersTable({ caseload }: { caseload: CaseloadResponse }) {
  const { t } = useTranslation();
  const labels = useJourneyLabels();
  return (
    <Paper withBorder radius="md" p="xs">
      <Table.ScrollContainer minWidth={760}>
        <Table>
          <Table.Caption>{t('caseload.workersCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('caseload.worker')}</Table.Th>
              <Table.Th>{t('caseload.families')}</Table.Th>
              {TRAJECTORY_KINDS.map((k) => (
                <Table.Th key={k}>{labels.trajectoryKind(k)}</Table.Th>
              ))}
              <Table.Th>{t('caseload.overdue')}</Table.Th>
              <Table.Th>{t('caseload.thisWeek')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {caseload.workers.map((w) => (
              <Table.Tr key={w.person.id}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {w.person.displayName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {w.person.roles.map(labels.role).join(', ')}
                  </Text>
                </Table.Td>
                <Table.Td>{w.families}</Table.Td>
                {TRAJECTORY_KINDS.map((k) => (
                  <Table.Td key={k}>{w.openTrajectories[k] ?? 0}</Table.Td>
                ))}
                <Table.Td>
                  <Text
                    size="sm"
                    c={w.overdue > 0 ? 'red.9' : undefined}
                    fw={w.overdue > 0 ? 700 : undefined}
                  >
                    {w.overdue}
                  </Text>
                </Table.Td>
                <Table.Td>{w.dueThisWeek}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

export function UnassignedList({ caseload }: { caseload: CaseloadResponse }) {
  const { t } = useTranslation();
  return (
    <SectionCard title={t('caseload.unassigned', { count: caseload.unassigned.length })}>
      {caseload.unassigned.length === 0 ? (
        <Alert color="green">{t('caseload.allAssigned')}</Alert>
      ) : (
        <Table fz="sm">
          <Table.Tbody>
            {caseload.unassigned.map((u) => (
              <Table.Tr key={u.referralId}>
                <Table.Td>
                  <RouterAnchor to="/referrals/$id" params={{ id: u.referralId }} size="sm" fw={600}>
                    {u.reference}
                  </RouterAnchor>
                </Table.Td>
                <Table.Td>
                  <RouterAnchor to="/families/$id" params={{ id: u.familyId }} size="sm">
                    {u.familyLabel ?? t('family.anonymous')}
                  </RouterAnchor>
                </Table.Td>
                <Table.Td>{u.fundingLine}</Table.Td>
                <Table.Td>{t('caseload.startedOn', { date: formatDate(u.decidedOn) })}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </SectionCard>
  );
}

/** R26: from referral to the first conversation and to the first plan — within one month. */
export function FirstStepsCards({ caseload }: { caseload: CaseloadResponse }) {
  const { t } = useTranslation();
  const { firstSteps } = caseload;
  const step = (key: 'conversation' | 'plan') => {
    const s = firstSteps[key];
    return (
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby={`first-${key}`}>
        <Text fw={700} id={`first-${key}`}>
          {t(`caseload.firstSteps.${key}`)}
        </Text>
        <Text size="xl" fw={700} mt={4}>
          {t('caseload.firstSteps.withinMonth', { n: s.withinMonth, total: firstSteps.referrals })}
        </Text>
        <Text size="sm" c="dimmed">
          {t('caseload.firstSteps.median', { median: n(s.medianDays), p90: n(s.p90Days) })}
        </Text>
        <Text size="sm" c={s.overdue > 0 ? 'red.9' : 'dimmed'}>
          {t('caseload.firstSteps.open', { overdue: s.overdue, pending: s.pending })}
        </Text>
      </Paper>
    );
  };
  return (
    <SectionCard
      title={t('caseload.firstSteps.title', {
        from: formatDate(firstSteps.from),
        to: formatDate(firstSteps.to),
      })}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {step('conversation')}
        {step('plan')}
      </SimpleGrid>
    </SectionCard>
  );
}
