import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TrajectoryDto } from '../../../../contracts/trajectories';
import { formatDate } from '../../../lib/format';
import { useJourneyLabels } from '../../../lib/journey-labels';
import { StateBadge } from './state-badge';

/** R2: what the family waits for, on whose list, since when; a contact at least every 31 days. */
export function BridgingPart({ trajectory }: { trajectory: TrajectoryDto }) {
  const { t } = useTranslation();
  const labels = useJourneyLabels();
  const b = trajectory.bridging;
  if (!b) return null;
  return (
    <Stack gap={4}>
      <Text size="sm">
        {t('trajectories.bridging.summary', {
          what: b.waitingFor,
          list: b.waitingListOf,
          since: formatDate(b.waitingSince),
        })}
      </Text>
      {trajectory.status === 'open' ? (
        <Group gap="xs">
          <Text size="sm">
            {b.lastContactOn
              ? t('trajectories.bridging.lastContact', {
                  date: formatDate(b.lastContactOn),
                  count: b.daysWithoutContact,
                })
              : t('trajectories.bridging.noContact', { count: b.daysWithoutContact })}
          </Text>
          <StateBadge
            state={b.contactState}
            label={
              b.contactState === 'overdue'
                ? labels.dueState('overdue')
                : t('trajectories.bridging.nextBy', { date: formatDate(b.contactDueOn) })
            }
          />
        </Group>
      ) : null}
    </Stack>
  );
}
