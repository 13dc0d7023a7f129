import { Alert, Button, Group, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/ui/query-state';
import { useTrajectories } from '../hooks/use-trajectories';
import { StartTrajectoryModal } from './start-trajectory-modal';
import { TrajectoryCard } from './trajectory-card';

/** The family's trajectories: the open ones first, each by its own rule; then the closed. */
export function TrajectoriesPanel({
  familyId,
  referral,
}: {
  familyId: string;
  referral: { id: string; fundingLine: string } | null;
}) {
  const { t } = useTranslation();
  const trajectories = useTrajectories(familyId);
  const [isStarting, setStarting] = useState(false);
  return (
    <Stack gap="md">
      <Group justify="flex-end">
        <Button onClick={() => setStarting(true)}>{t('trajectories.start.open')}</Button>
      </Group>
      <QueryState query={trajectories}>
        {(items) => {
          const open = items.filter((i) => i.status === 'open');
          const closed = items.filter((i) => i.status === 'closed');
          return (
            <Stack gap="md">
              {items.length === 0 ? <Alert color="blue">{t('trajectories.none')}</Alert> : null}
              {open.map((tr) => (
                <TrajectoryCard key={tr.id} trajectory={tr} />
              ))}
              {closed.length > 0 ? (
                <Title order={2} size="h5" mt="sm">
                  {t('trajectories.closedTitle')}
                </Title>
              ) : null}
              {closed.map((tr) => (
                <TrajectoryCard key={tr.id} trajectory={tr} />
              ))}
            </Stack>
          );
        }}
      </QueryState>
      {isStarting ? (
        <StartTrajectoryModal familyId={familyId} referral={referral} onClose={() => setStarting(false)} />
      ) : null}
    </Stack>
  );
}
