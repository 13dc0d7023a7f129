import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrajectoryDto } from '../../../../contracts/trajectories';
import { formatDate } from '../../../lib/format';
import { useJourneyLabels } from '../../../lib/journey-labels';
import { useCodeLabels } from '../../../lib/labels';
import { BridgingPart } from './bridging-part';
import { CloseTrajectoryModal } from './close-trajectory-modal';
import { FamilyCarePart } from './family-care-part';
import { HandoverPart } from './handover-part';
import { ShortTermPart } from './short-term-part';

function Closing({ closing }: { closing: NonNullable<TrajectoryDto['closing']> }) {
  const { t } = useTranslation();
  const labels = useJourneyLabels();
  return (
    <Stack gap={2}>
      <Text size="sm">
        {t('trajectories.closing.summary', {
          date: formatDate(closing.closedOn),
          reason: labels.closeReason(closing.reason),
          name: closing.closedBy,
        })}
      </Text>
      {closing.familyRating ? (
        <Text size="sm" fw={600}>
          {t('trajectories.closing.rating', { rating: closing.familyRating })}
          {closing.familyWords ? ` — “${closing.familyWords}”` : ''}
        </Text>
      ) : null}
      <Text size="xs" c="dimmed">
        {t('trajectories.closing.goals', {
          reached: closing.goals.reached,
          partly: closing.goals.partlyReached,
          total: closing.goals.total,
        })}{' '}
        · {t('trajectories.closing.services', { start: closing.servicesAtStart, end: closing.servicesAtEnd })}
      </Text>
      {closing.note ? (
        <Text size="xs" c="dimmed">
          {closing.note}
        </Text>
      ) : null}
    </Stack>
  );
}

export function TrajectoryCard({ trajectory }: { trajectory: TrajectoryDto }) {
  const { t } = useTranslation();
  const labels = useJourneyLabels();
  const codes = useCodeLabels();
  const [isClosing, setClosing] = useState(false);
  const isOpen = trajectory.status === 'open';
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="article"
      aria-label={labels.trajectoryKind(trajectory.kind)}
    >
      <Group justify="space-between" align="flex-start" mb="xs">
        <div>
          <Title order={2} size="h5">
            {labels.trajectoryKind(trajectory.kind)}
          </Title>
          <Text size="xs" c="dimmed">
            {codes.fundingLine(trajectory.fundingLine.code, trajectory.fundingLine.name)} ·{' '}
            {t('trajectories.startedOn', {
              date: formatDate(trajectory.startedOn),
              name: trajectory.startedBy,
            })}
          </Text>
        </div>
        <Badge color={isOpen ? 'blue' : 'gray'} variant="light" radius="sm">
          {isOpen ? t('trajectories.open') : t('trajectories.closed')}
        </Badge>
      </Group>
      <Stack gap="sm">
        {trajectory.kind === 'shortTerm' ? <ShortTermPart trajectory={trajectory} /> : null}
        {trajectory.kind === 'bridging' ? <BridgingPart trajectory={trajectory} /> : null}
        {trajectory.kind === 'handover' || trajectory.kind === 'movingOut' ? (
          <HandoverPart trajectory={trajectory} />
        ) : null}
        {trajectory.kind === 'familyCare' ? <FamilyCarePart trajectory={trajectory} /> : null}
        {trajectory.closing ? <Closing closing={trajectory.closing} /> : null}
        {isOpen ? (
          <Group justify="flex-end">
            <Button size="xs" variant="default" onClick={() => setClosing(true)}>
              {t('trajectories.close.open', { kind: labels.trajectoryKind(trajectory.kind).toLowerCase() })}
            </Button>
          </Group>
        ) : null}
      </Stack>
      {isClosing ? <CloseTrajectoryModal trajectory={trajectory} onClose={() => setClosing(false)} /> : null}
    </Paper>
  );
}
