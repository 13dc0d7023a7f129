import { Button, Checkbox, Group, Stack, TagsInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrajectoryDto } from '../../../../contracts/trajectories';
import { todayIso } from '../../../../domain/dates';
import { DateField } from '../../../components/ui/date-field';
import { LabelledModal } from '../../../components/ui/labelled-modal';
import { SaveError } from '../../../components/ui/save-error';
import { usePlanMeeting, useRecordMeeting } from '../hooks/use-trajectories';

export function MeetingModal({
  trajectory,
  meetingId,
  onClose,
}: {
  trajectory: TrajectoryDto;
  meetingId: string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const plan = usePlanMeeting(trajectory.familyId, trajectory.id);
  const record = useRecordMeeting(trajectory.familyId, trajectory.id);
  const meeting = trajectory.meetings.find((m) => m.id === meetingId);
  const [date, setDate] = useState<string | null>(meeting?.plannedOn ?? null);
  const [participants, setParticipants] = useState<string[]>(meeting?.participants ?? []);
  const [decisions, setDecisions] = useState('');
  const [isFamilyPresent, setFamilyPresent] = useState(true);
  const mutation = meeting ? record : plan;
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!date) return;
    if (meeting)
      record.mutate(
        {
          meetingId: meeting.id,
          body: {
            heldOn: date,
            participants,
            decisions,
            isFamilyPresent,
            durationMinutes: 60,
            baseVersion: meeting.version,
          },
        },
        { onSuccess: onClose },
      );
    else plan.mutate({ plannedOn: date, participants }, { onSuccess: onClose });
  };
  return (
    <LabelledModal
      opened
      onClose={onClose}
      title={meeting ? t('trajectories.meetings.record') : t('trajectories.meetings.plan')}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <DateField
            label={meeting ? t('trajectories.meetings.heldOn') : t('trajectories.meetings.plannedOn')}
            required
            minDate={trajectory.startedOn}
            maxDate={meeting ? todayIso() : undefined}
            value={date}
            onChange={setDate}
          />
          <TagsInput
            label={t('trajectories.meetings.participants')}
            description={t('journey.tagsHint')}
            value={participants}
            onChange={setParticipants}
          />
          {meeting ? (
            <>
              <Textarea
                label={t('trajectories.meetings.decisions')}
                description={t('trajectories.meetings.decisionsHint')}
                required
                autosize
                minRows={3}
                value={decisions}
                onChange={(e) => setDecisions(e.currentTarget.value)}
              />
              <Checkbox
                label={t('trajectories.meetings.familyPresent')}
                checked={isFamilyPresent}
                onChange={(e) => setFamilyPresent(e.currentTarget.checked)}
              />
            </>
          ) : null}
          <SaveError error={mutation.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={mutation.isPending}
              disabled={!date || (meeting ? !decisions.trim() || participants.length === 0 : false)}
            >
              {t('journey.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </LabelledModal>
  );
}
