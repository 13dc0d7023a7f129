import { Select, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoachMatchDto } from '../../../../contracts/coaching';
import { todayIso } from '../../../../domain/dates';
import { MATCH_END_REASONS, type MatchEndReason } from '../../../../domain/family-coaching';
import { DateField } from '../../../components/ui/date-field';
import { FormDialog } from '../../../components/ui/form-dialog';
import { useFormProblems } from '../../../components/ui/use-form-problems';
import { useEndMatch } from '../hooks/use-coaching';

type Props = { match: CoachMatchDto; onClose: () => void; onDone: (match: CoachMatchDto) => void };

const FIELDS = ['endedOn', 'reason'] as const;

/** R23: a coaching ends and the coach's place is free; when the coach stopped, the family waits again. */
export function EndMatchModal({ match, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const end = useEndMatch();
  const problems = useFormProblems(FIELDS);
  const [endedOn, setEndedOn] = useState<string | null>(todayIso());
  const [reason, setReason] = useState<MatchEndReason | null>(null);
  const family = match.familyLabel ?? t('family.anonymous');
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!endedOn || !reason) return;
    problems.clear();
    end.mutate(
      { id: match.id, body: { endedOn, reason } },
      { onSuccess: onDone, onError: problems.fromServer },
    );
  };
  return (
    <FormDialog
      onClose={onClose}
      title={t('coaching.endModal.title', { family, coach: match.coach.displayName })}
      onSubmit={submit}
      problems={problems}
      isPending={end.isPending}
      submitLabel={t('coaching.endModal.submit')}
      submitColor="red.9"
      isSubmitDisabled={!endedOn || !reason}
    >
      <DateField
        label={t('coaching.endModal.endedOn')}
        required
        minDate={match.matchedOn}
        maxDate={todayIso()}
        value={endedOn}
        onChange={setEndedOn}
        error={problems.fieldError('endedOn')}
      />
      <Select
        label={t('coaching.endModal.reason')}
        required
        allowDeselect={false}
        data={MATCH_END_REASONS.map((r) => ({ value: r, label: t(`codes:matchEndReason.${r}`) }))}
        value={reason}
        onChange={(v) => setReason(v as MatchEndReason | null)}
        error={problems.fieldError('reason')}
      />
      {reason === 'coachStopped' ? (
        <Text size="xs" c="dimmed">
          {t('coaching.endModal.coachStoppedHint')}
        </Text>
      ) : null}
    </FormDialog>
  );
}
