import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrajectoryDto } from '../../../../contracts/trajectories';
import { formatDate } from '../../../lib/format';
import { CareWeekForm } from './care-week-form';
import { CareWeeksTable } from './care-weeks-table';
import { FamilyCareModal } from './family-care-modal';
import { StateBadge } from './state-badge';

type FamilyCare = NonNullable<TrajectoryDto['familyCare']>;

function FirstContact({ familyCare: fc }: { familyCare: FamilyCare }) {
  const { t } = useTranslation();
  const { state, daysLate, dueOn } = fc.firstContact;
  const date = formatDate(fc.firstContactOn ?? dueOn);
  const label = {
    onTime: t('trajectories.familyCare.firstContactOnTime', { date }),
    late: t('trajectories.familyCare.firstContactLate', { date, count: daysLate }),
    due: t('trajectories.familyCare.firstContactDue', { date }),
    overdue: t('trajectories.familyCare.firstContactOverdue', { date, count: daysLate }),
  }[state];
  return <StateBadge state={state} label={label} />;
}

/**
 * R5 family care: the provider's first contact within 5 days of the referral, the referrer at the
 * first conversation, hours per care week — at most 8 a week and 12 weeks paid by the project.
 */
export function FamilyCarePart({ trajectory }: { trajectory: TrajectoryDto }) {
  const { t } = useTranslation();
  const [isEditing, setEditing] = useState(false);
  const weeksId = useId();
  const fc = trajectory.familyCare;
  if (!fc) return null;
  const isOpen = trajectory.status === 'open';
  return (
    <Stack gap="sm">
      <Text size="sm">
        {t('trajectories.familyCare.summary', { provider: fc.provider, date: formatDate(fc.referredOn) })}
      </Text>
      <Group gap="xs">
        <FirstContact familyCare={fc} />
        {fc.isPastProjectWeeks ? (
          <Badge color="orange.9" variant="filled" radius="sm">
            {t('trajectories.familyCare.pastProjectWeeks')}
          </Badge>
        ) : fc.currentWeek > 0 ? (
          <Badge color="blue" variant="light" radius="sm">
            {t('trajectories.familyCare.weekOf', { week: fc.currentWeek, total: fc.projectWeeks })}
          </Badge>
        ) : null}
      </Group>
      <Text size="sm">
        {fc.isReferrerPresent === null
          ? t('trajectories.familyCare.referrerNotKnown')
          : fc.isReferrerPresent
            ? t('trajectories.familyCare.referrerWasPresent')
            : t('trajectories.familyCare.referrerWasAbsent')}
      </Text>
      {isOpen ? (
        <Group>
          <Button size="xs" variant="light" onClick={() => setEditing(true)}>
            {t('trajectories.familyCare.edit')}
          </Button>
        </Group>
      ) : null}
      <Title order={3} size="h6" mt="xs" id={weeksId}>
        {t('trajectories.familyCare.weeksTitle')}
      </Title>
      <Text size="xs" c="dimmed">
        {t('trajectories.familyCare.weeksRule')}
      </Text>
      <CareWeeksTable familyCare={fc} labelledBy={weeksId} />
      {isOpen ? <CareWeekForm trajectory={trajectory} familyCare={fc} /> : null}
      {isEditing ? <FamilyCareModal trajectory={trajectory} onClose={() => setEditing(false)} /> : null}
    </Stack>
  );
}
