import { Alert, Button, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoachMatchDto } from '../../../../contracts/coaching';
import { todayIso } from '../../../../domain/dates';
import { MATCH_END_REASONS, type MatchEndReason } from '../../../../domain/family-coaching';
import { DateField } from '../../../components/ui/date-field';
import { LabelledModal } from '../../../components/ui/labelled-modal';
import { useEndMatch } from '../hooks/use-coaching';

type Props = { match: CoachMatchDto; onClose: () => void; onDone: (match: CoachMatchDto) => void };

/** R23: a coaching ends and the coach's place is free; when the coach stopped, the family waits again. */
export function EndMatchModal({ match, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const end = useEndMatch();
  const [endedOn, setEndedOn] = useState<string | null>(todayIso());
  const [reason, setReason] = useState<MatchEndReason | null>(null);
  const family = match.familyLabel ?? t('family.anonymous');
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!endedOn || !reason) return;
    end.mutate({ id: match.id, body: { endedOn, reason } }, { onSuccess: onDone });
  };
  return (
    <LabelledModal
      opened
      onClose={onClose}
      title={t('coaching.endModal.title', { family, coach: match.coach.displayName })}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <DateField
            label={t('coaching.endModal.endedOn')}
            required
            minDate={match.matchedOn}
            maxDate={todayIso()}
            value={endedOn}
            onChange={setEndedOn}
          />
          <Select
            label={t('coaching.endModal.reason')}
            required
            allowDeselect={false}
            data={MATCH_END_REASONS.map((r) => ({ value: r, label: t(`codes:matchEndReason.${r}`) }))}
            value={reason}
            onChange={(v) => setReason(v as MatchEndReason | null)}
          />
          {reason === 'coachStopped' ? (
            <Text size="xs" c="dimmed">
              {t('coaching.endModal.coachStoppedHint')}
            </Text>
          ) : null}
          {end.error ? (
            <Alert color="red" role="alert">
              {end.error.message}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red.9" disabled={!endedOn || !reason} loading={end.isPending}>
              {t('coaching.endModal.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </LabelledModal>
  );
}
