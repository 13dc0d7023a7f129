import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrajectoryDto } from '../../../../contracts/trajectories';
import { addDays } from '../../../../domain/dates';
import { DateField } from '../../../components/ui/date-field';
import { FormProblem } from '../../../components/ui/form-problem';
import { SaveError } from '../../../components/ui/save-error';
import { useFormProblems } from '../../../components/ui/use-form-problems';
import { formatDate } from '../../../lib/format';
import { useJourneyLabels } from '../../../lib/journey-labels';
import { useCan } from '../../../lib/session';
import { useAcceptExtension, useRequestExtension } from '../hooks/use-trajectories';
import { StateBadge } from './state-badge';

/** R1: at most 4 months, warned at 3.5; past that only with a reason a coach or the coordinator accepts. */
export function ShortTermPart({ trajectory }: { trajectory: TrajectoryDto }) {
  const { t } = useTranslation();
  const labels = useJourneyLabels();
  const canApprove = useCan('trajectory:approve');
  const request = useRequestExtension(trajectory.familyId, trajectory.id);
  const accept = useAcceptExtension(trajectory.familyId, trajectory.id);
  const problems = useFormProblems(['reason', 'untilOn']);
  const [isAsking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const status = trajectory.shortTerm;
  const [untilOn, setUntilOn] = useState<string | null>(status ? addDays(status.endsOn, 30) : null);
  const isOpen = trajectory.status === 'open';
  // Once closed, the closing says what happened; the extension, if any, stays on record.
  if (!status || (!isOpen && !trajectory.extension)) return null;
  const extension = trajectory.extension;
  return (
    <Stack gap="xs">
      {isOpen ? (
        <Group gap="xs">
          <Text size="sm">{t('trajectories.shortTerm.endsOn', { date: formatDate(status.endsOn) })}</Text>
          <StateBadge state={status.state} label={labels.shortTermState(status.state)} />
        </Group>
      ) : null}
      {isOpen && status.state === 'running' ? (
        <Text size="xs" c="dimmed">
          {t('trajectories.shortTerm.warnsOn', { date: formatDate(status.warnsOn) })}
        </Text>
      ) : null}
      {extension ? (
        <Text size="sm">
          {t('trajectories.shortTerm.extension', {
            date: formatDate(extension.untilOn),
            reason: extension.reason,
            name: extension.requestedBy,
          })}{' '}
          {extension.acceptedOn
            ? t('trajectories.shortTerm.acceptedBy', {
                name: extension.acceptedBy,
                date: formatDate(extension.acceptedOn),
              })
            : t('trajectories.shortTerm.pending')}
        </Text>
      ) : null}
      {isOpen && extension && !extension.acceptedOn && canApprove ? (
        <Group>
          <Button
            size="xs"
            variant="light"
            loading={accept.isPending}
            onClick={() => accept.mutate(trajectory.version)}
          >
            {t('trajectories.shortTerm.accept')}
          </Button>
        </Group>
      ) : null}
      {isOpen && !extension && (status.state === 'endingSoon' || status.state === 'overdue') && !isAsking ? (
        <Group>
          <Button size="xs" variant="light" onClick={() => setAsking(true)}>
            {t('trajectories.shortTerm.request')}
          </Button>
        </Group>
      ) : null}
      {isAsking ? (
        <Stack gap="xs">
          <Textarea
            label={t('trajectories.shortTerm.reason')}
            required
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={problems.fieldError('reason')}
          />
          <DateField
            label={t('trajectories.shortTerm.untilOn')}
            required
            minDate={addDays(status.endsOn, 1)}
            value={untilOn}
            onChange={setUntilOn}
            error={problems.fieldError('untilOn')}
          />
          <Group justify="flex-end">
            <Button size="xs" variant="default" onClick={() => setAsking(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              size="xs"
              disabled={!reason.trim() || !untilOn}
              loading={request.isPending}
              onClick={() => {
                if (!untilOn) return;
                problems.clear();
                request.mutate(
                  { reason, untilOn, baseVersion: trajectory.version },
                  { onSuccess: () => setAsking(false), onError: problems.fromServer },
                );
              }}
            >
              {t('trajectories.shortTerm.submitRequest')}
            </Button>
          </Group>
        </Stack>
      ) : null}
      <FormProblem problems={problems} />
      <SaveError error={accept.error} />
    </Stack>
  );
}
