import { Checkbox, TagsInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrajectoryDto } from '../../../../contracts/trajectories';
import { todayIso } from '../../../../domain/dates';
import { DateField } from '../../../components/ui/date-field';
import { FormDialog } from '../../../components/ui/form-dialog';
import { useFormProblems } from '../../../components/ui/use-form-problems';
import { usePlanMeeting, useRecordMeeting } from '../hooks/use-trajectories';

const FIELDS = ['plannedOn', 'heldOn', 'participants', 'decisions', 'isFamilyPresent'] as const;

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
  const problems = useFormProblems(FIELDS);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!date) return;
    problems.clear();
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
        { onSuccess: onClose, onError: problems.fromServer },
      );
    else plan.mutate({ plannedOn: date, participants }, { onSuccess: onClose, onError: problems.fromServer });
  };
  return (
    <FormDialog
      onClose={onClose}
      title={meeting ? t('trajectories.meetings.record') : t('trajectories.meetings.plan')}
      onSubmit={submit}
      problems={problems}
      isPending={mutation.isPending}
      isSubmitDisabled={!date || (meeting ? !decisions.trim() || participants.length === 0 : false)}
    >
      <DateField
        label={meeting ? t('trajectories.meetings.heldOn') : t('trajectories.meetings.plannedOn')}
        required
        minDate={trajectory.startedOn}
        maxDate={meeting ? todayIso() : undefined}
        value={date}
        onChange={setDate}
        error={problems.fieldError(meeting ? 'heldOn' : 'plannedOn')}
      />
      <TagsInput
        label={t('trajectories.meetings.participants')}
        description={t('journey.tagsHint')}
        value={participants}
        onChange={setParticipants}
        error={problems.fieldError('participants')}
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
            error={problems.fieldError('decisions')}
          />
          <Checkbox
            label={t('trajectories.meetings.familyPresent')}
            checked={isFamilyPresent}
            onChange={(e) => setFamilyPresent(e.currentTarget.checked)}
          />
        </>
      ) : null}
    </FormDialog>
  );
}
