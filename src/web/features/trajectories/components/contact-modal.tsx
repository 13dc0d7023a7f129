import { Checkbox, Group, NumberInput, Select, TagsInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CONTACT_KINDS,
  type ContactBody,
  HIDDEN_REASONS,
  type TrajectoryDto,
} from '../../../../contracts/trajectories';
import { todayIso } from '../../../../domain/dates';
import { DateField } from '../../../components/ui/date-field';
import { FormDialog } from '../../../components/ui/form-dialog';
import { useFormProblems } from '../../../components/ui/use-form-problems';
import { useJourneyLabels } from '../../../lib/journey-labels';
import { useRecordContact } from '../hooks/use-trajectories';

const FIELDS = [
  'kind',
  'occurredOn',
  'durationMinutes',
  'participants',
  'note',
  'trajectoryId',
  'hiddenFromFamily',
] as const;

/** A contact with the family; R28: a note can be kept out of what the family sees, with why. */
export function ContactModal({
  familyId,
  trajectories,
  participantSuggestions,
  onClose,
}: {
  familyId: string;
  trajectories: TrajectoryDto[];
  participantSuggestions: string[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const labels = useJourneyLabels();
  const record = useRecordContact(familyId);
  const problems = useFormProblems(FIELDS);
  const open = trajectories.filter((tr) => tr.status === 'open');
  const [kind, setKind] = useState<ContactBody['kind']>('homeVisit');
  const [occurredOn, setOccurredOn] = useState<string | null>(todayIso());
  const [duration, setDuration] = useState<number | string>(60);
  const [participants, setParticipants] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [trajectoryId, setTrajectoryId] = useState<string | null>(open[0]?.id ?? null);
  const [isHidden, setHidden] = useState(false);
  const [hiddenReason, setHiddenReason] = useState<ContactBody['hiddenFromFamily']>(null);
  const ready = occurredOn && typeof duration === 'number' && duration > 0 && (!isHidden || hiddenReason);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    problems.clear();
    record.mutate(
      {
        kind,
        occurredOn: occurredOn as string,
        durationMinutes: Number(duration),
        participants,
        note: note.trim() || null,
        trajectoryId,
        hiddenFromFamily: isHidden ? hiddenReason : null,
      },
      { onSuccess: onClose, onError: problems.fromServer },
    );
  };
  return (
    <FormDialog
      onClose={onClose}
      title={t('contacts.add')}
      size="lg"
      onSubmit={submit}
      problems={problems}
      isPending={record.isPending}
      submitLabel={t('contacts.submit')}
      isSubmitDisabled={!ready}
    >
      <Group grow align="flex-start">
        <Select
          label={t('contacts.kind')}
          data={CONTACT_KINDS.map((k) => ({ value: k, label: labels.contactKind(k) }))}
          value={kind}
          onChange={(v) => v && setKind(v as ContactBody['kind'])}
          error={problems.fieldError('kind')}
          allowDeselect={false}
        />
        <DateField
          label={t('contacts.date')}
          required
          maxDate={todayIso()}
          value={occurredOn}
          onChange={setOccurredOn}
          error={problems.fieldError('occurredOn')}
        />
        <NumberInput
          label={t('contacts.duration')}
          required
          min={1}
          max={720}
          step={15}
          value={duration}
          onChange={setDuration}
          error={problems.fieldError('durationMinutes')}
        />
      </Group>
      <TagsInput
        label={t('contacts.participants')}
        description={t('journey.tagsHint')}
        data={[...new Set(participantSuggestions)]}
        value={participants}
        onChange={setParticipants}
        error={problems.fieldError('participants')}
      />
      <Select
        label={t('contacts.trajectory')}
        data={open.map((tr) => ({ value: tr.id, label: labels.trajectoryKind(tr.kind) }))}
        value={trajectoryId}
        onChange={setTrajectoryId}
        error={problems.fieldError('trajectoryId')}
        clearable
      />
      <Textarea
        label={t('contacts.note')}
        autosize
        minRows={3}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        error={problems.fieldError('note')}
      />
      <Checkbox
        label={t('contacts.hidden')}
        description={t('contacts.hiddenHint')}
        checked={isHidden}
        onChange={(e) => setHidden(e.currentTarget.checked)}
      />
      {isHidden ? (
        <Select
          label={t('contacts.hiddenReason')}
          required
          data={HIDDEN_REASONS.map((r) => ({ value: r, label: labels.hiddenReason(r) }))}
          value={hiddenReason}
          onChange={(v) => setHiddenReason(v as ContactBody['hiddenFromFamily'])}
          error={problems.fieldError('hiddenFromFamily')}
        />
      ) : null}
    </FormDialog>
  );
}
