import { Group, Select, Slider, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CloseTrajectoryBody, TrajectoryDto } from '../../../../contracts/trajectories';
import { todayIso } from '../../../../domain/dates';
import { type CloseReason, closeReasonsFor } from '../../../../domain/trajectories';
import { DateField } from '../../../components/ui/date-field';
import { FormDialog } from '../../../components/ui/form-dialog';
import { useFormProblems } from '../../../components/ui/use-form-problems';
import { useJourneyLabels } from '../../../lib/journey-labels';
import { useCloseTrajectory } from '../hooks/use-trajectories';

const FIELDS = [
  'closedOn',
  'reason',
  'note',
  'closingConversationOn',
  'familyRating',
  'familyWords',
] as const;

/** Closing with a reason and, at the closing conversation, the family's own rating (R21). */
export function CloseTrajectoryModal({
  trajectory,
  onClose,
}: {
  trajectory: TrajectoryDto;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const labels = useJourneyLabels();
  const close = useCloseTrajectory(trajectory.familyId, trajectory.id);
  const reasons = closeReasonsFor(trajectory.kind);
  const problems = useFormProblems(FIELDS);
  const [closedOn, setClosedOn] = useState<string | null>(todayIso());
  const [reason, setReason] = useState<CloseReason | null>(
    reasons.length === 1 ? (reasons[0] as CloseReason) : null,
  );
  const [note, setNote] = useState('');
  const [conversationOn, setConversationOn] = useState<string | null>(todayIso());
  const [rating, setRating] = useState(7);
  const [words, setWords] = useState('');
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!closedOn || !reason) return;
    const body: CloseTrajectoryBody = {
      closedOn,
      reason,
      note: note.trim() || null,
      closingConversationOn: conversationOn,
      familyRating: conversationOn ? rating : null,
      familyWords: conversationOn ? words.trim() || null : null,
      // ADR 020: closed from the trajectory as shown; refreshed when someone else saved first.
      baseVersion: trajectory.version,
    };
    problems.clear();
    close.mutate(body, { onSuccess: onClose, onError: problems.fromServer });
  };
  return (
    <FormDialog
      onClose={onClose}
      title={t('trajectories.close.title', { kind: labels.trajectoryKind(trajectory.kind) })}
      size="lg"
      onSubmit={submit}
      problems={problems}
      isPending={close.isPending}
      submitLabel={t('trajectories.close.submit')}
      submitColor="red.9"
      isSubmitDisabled={!closedOn || !reason}
    >
      <Group grow align="flex-start">
        <DateField
          label={t('trajectories.close.closedOn')}
          required
          minDate={trajectory.startedOn}
          maxDate={todayIso()}
          value={closedOn}
          onChange={setClosedOn}
          error={problems.fieldError('closedOn')}
        />
        <Select
          label={t('trajectories.close.reason')}
          required
          data={reasons.map((r) => ({ value: r, label: labels.closeReason(r) }))}
          value={reason}
          onChange={(v) => setReason(v as CloseReason | null)}
          error={problems.fieldError('reason')}
        />
      </Group>
      {trajectory.kind !== 'movingOut' ? (
        <Text size="xs" c="dimmed">
          {t('trajectories.close.movingHint')}
        </Text>
      ) : null}
      <Textarea
        label={t('trajectories.close.note')}
        autosize
        minRows={1}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        error={problems.fieldError('note')}
      />
      <DateField
        label={t('trajectories.close.conversationOn')}
        description={t('trajectories.close.conversationHint')}
        maxDate={todayIso()}
        value={conversationOn}
        onChange={setConversationOn}
        error={problems.fieldError('closingConversationOn')}
      />
      {conversationOn ? (
        <>
          <div>
            <Text size="sm" fw={500} id="family-rating-label">
              {t('trajectories.close.rating')}
            </Text>
            <Slider
              min={1}
              max={10}
              step={1}
              value={rating}
              onChange={setRating}
              marks={Array.from({ length: 10 }, (_, i) => ({ value: i + 1, label: String(i + 1) }))}
              thumbLabel={t('trajectories.close.rating')}
              mb="lg"
            />
          </div>
          <Textarea
            label={t('trajectories.close.words')}
            description={t('trajectories.close.wordsHint')}
            autosize
            minRows={2}
            value={words}
            onChange={(e) => setWords(e.currentTarget.value)}
            error={problems.fieldError('familyWords')}
          />
        </>
      ) : null}
    </FormDialog>
  );
}
