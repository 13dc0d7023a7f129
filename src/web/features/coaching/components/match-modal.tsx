import { Alert, Badge, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoachDto, CoachMatchDto, WaitingForCoachDto } from '../../../../contracts/coaching';
import { todayIso } from '../../../../domain/dates';
import { rankCoaches } from '../../../../domain/family-coaching';
import { DateField } from '../../../components/ui/date-field';
import { FormDialog } from '../../../components/ui/form-dialog';
import { useFormProblems } from '../../../components/ui/use-form-problems';
import { formatDate } from '../../../lib/format';
import { useMatchFamily } from '../hooks/use-coaching';

const FIELDS = ['coachId', 'reason', 'matchedOn'] as const;

type Props = {
  entry: WaitingForCoachDto;
  coaches: CoachDto[];
  onClose: () => void;
  onDone: (match: CoachMatchDto) => void;
};

/** R23: the suggested coach preselected; another coach asks a reason; full coaches cannot be chosen. */
export function MatchModal({ entry, coaches, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const match = useMatchFamily();
  const problems = useFormProblems(FIELDS);
  const suggestedId = entry.suggestedCoach?.id ?? null;
  const [coachId, setCoachId] = useState<string | null>(suggestedId);
  const [reason, setReason] = useState('');
  const [matchedOn, setMatchedOn] = useState<string | null>(todayIso());
  const needsReason = coachId !== null && coachId !== suggestedId;
  const label = entry.familyLabel ?? t('family.anonymous');
  // The same order as the suggestion: the family's region, then free places (R23, R10).
  const ranked = rankCoaches(
    coaches.map((c) => ({
      ...c,
      name: c.displayName,
      zoneCode: c.zone?.code ?? null,
      limit: c.caseloadLimit,
    })),
    entry.zone?.code ?? null,
  );

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!coachId) return;
    problems.clear();
    match.mutate(
      {
        familyId: entry.familyId,
        coachId,
        referralId: entry.referralId,
        matchedOn: matchedOn ?? undefined,
        reason: needsReason ? reason.trim() || null : null,
      },
      {
        onSuccess: onDone,
        onError: problems.fromServer,
      },
    );
  };

  const describe = (c: (typeof ranked)[number]) =>
    [
      c.isFull
        ? t('coaching.matchModal.full', { running: c.running, limit: c.caseloadLimit })
        : t('coaching.matchModal.freePlaces', { count: c.freePlaces, limit: c.caseloadLimit }),
      c.isAbsentToday ? t('coaching.matchModal.absent') : null,
      c.zone?.name ?? t('coaching.noRegion'),
      c.organisationName,
    ]
      .filter(Boolean)
      .join(' · ');

  return (
    <FormDialog
      onClose={onClose}
      size="lg"
      title={t('coaching.matchModal.title', { family: label })}
      onSubmit={submit}
      problems={problems}
      isPending={match.isPending}
      submitLabel={t('coaching.matchModal.submit')}
      isSubmitDisabled={!coachId}
    >
      <Text size="sm" c="dimmed">
        {t('coaching.matchModal.waitingSince', {
          date: formatDate(entry.since),
          days: entry.waitingDays,
          region: entry.zone?.name ?? t('coaching.noRegion'),
        })}
      </Text>
      {suggestedId ? null : (
        <Alert color="orange" role="status">
          {t('coaching.matchModal.noSuggestion')}
        </Alert>
      )}
      <Radio.Group
        label={t('coaching.matchModal.coach')}
        required
        value={coachId}
        onChange={setCoachId}
        error={problems.fieldError('coachId')}
      >
        <Stack gap="xs" mt="xs">
          {ranked.map((c) => (
            <Radio
              key={c.id}
              value={c.id}
              disabled={c.isFull}
              label={
                <Group gap={6}>
                  <span>{c.displayName}</span>
                  {c.id === suggestedId ? (
                    <Badge color="green" variant="light" radius="sm" size="sm">
                      {t('coaching.matchModal.suggested')}
                    </Badge>
                  ) : null}
                </Group>
              }
              description={describe(c)}
            />
          ))}
        </Stack>
      </Radio.Group>
      {needsReason ? (
        <Textarea
          label={t('coaching.matchModal.reason')}
          description={t('coaching.matchModal.reasonHint')}
          required
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={problems.fieldError('reason')}
        />
      ) : null}
      <DateField
        label={t('coaching.matchModal.matchedOn')}
        required
        minDate={entry.since}
        maxDate={todayIso()}
        value={matchedOn}
        onChange={setMatchedOn}
        error={problems.fieldError('matchedOn')}
      />
      <Text size="xs" c="dimmed">
        {t('coaching.matchModal.noAccess')}
      </Text>
    </FormDialog>
  );
}
