import {
  Alert,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Select,
  Stack,
  TagsInput,
  Textarea,
} from '@mantine/core';
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
import { LabelledModal } from '../../../components/ui/labelled-modal';
import { useJourneyLabels } from '../../../lib/journey-labels';
import { useRecordContact } from '../hooks/use-trajectories';

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
      { onSuccess: onClose },
    );
  };
  return (
    <LabelledModal opened onClose={onClose} title={t('contacts.add')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Group grow align="flex-start">
            <Select
              label={t('contacts.kind')}
              data={CONTACT_KINDS.map((k) => ({ value: k, label: labels.contactKind(k) }))}
              value={kind}
              onChange={(v) => v && setKind(v as ContactBody['kind'])}
              allowDeselect={false}
            />
            <DateField
              label={t('contacts.date')}
              required
              maxDate={todayIso()}
              value={occurredOn}
              onChange={setOccurredOn}
            />
            <NumberInput
              label={t('contacts.duration')}
              required
              min={1}
              max={720}
              step={15}
              value={duration}
              onChange={setDuration}
            />
          </Group>
          <TagsInput
            label={t('contacts.participants')}
            description={t('journey.tagsHint')}
            data={[...new Set(participantSuggestions)]}
            value={participants}
            onChange={setParticipants}
          />
          <Select
            label={t('contacts.trajectory')}
            data={open.map((tr) => ({ value: tr.id, label: labels.trajectoryKind(tr.kind) }))}
            value={trajectoryId}
            onChange={setTrajectoryId}
            clearable
          />
          <Textarea
            label={t('contacts.note')}
            autosize
            minRows={3}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
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
            />
          ) : null}
          {record.error ? (
            <Alert color="red" role="alert">
              {record.error.message}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" disabled={!ready} loading={record.isPending}>
              {t('contacts.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </LabelledModal>
  );
}
