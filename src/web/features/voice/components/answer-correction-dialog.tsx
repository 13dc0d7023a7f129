import { Blockquote, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorrectionDto } from '../../../../contracts/voice';
import { FormDialog } from '../../../components/ui/form-dialog';
import { useFormProblems } from '../../../components/ui/use-form-problems';
import { useAnswerCorrection } from '../hooks/use-voice';

const FIELDS = ['decision', 'correctedText', 'reason', 'baseVersion'] as const;

/**
 * R16: the worker answers a correction. Accepting a plan part saves the plan's next version on
 * top of the one shown; a contact note keeps its text and shows the correction beside it.
 */
export function AnswerCorrectionDialog({
  familyId,
  correction,
  currentPlanVersion,
  onClose,
}: {
  familyId: string;
  correction: CorrectionDto;
  currentPlanVersion: number | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const answer = useAnswerCorrection(familyId);
  const problems = useFormProblems(FIELDS);
  const [decision, setDecision] = useState<'accepted' | 'declined'>('accepted');
  const [correctedText, setCorrectedText] = useState(
    correction.proposedText ?? correction.originalText ?? '',
  );
  const [reason, setReason] = useState('');
  const isPlanPart = correction.subject !== 'contact';
  const isReady = decision === 'accepted' ? correctedText.trim() !== '' : reason.trim() !== '';
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!isReady) return;
    problems.clear();
    answer.mutate(
      {
        correctionId: correction.id,
        body: {
          decision,
          correctedText: decision === 'accepted' ? correctedText.trim() : null,
          reason: reason.trim() || null,
          ...(decision === 'accepted' && isPlanPart && currentPlanVersion
            ? { baseVersion: currentPlanVersion }
            : {}),
        },
      },
      { onSuccess: onClose, onError: problems.fromServer },
    );
  };
  return (
    <FormDialog
      onClose={onClose}
      title={t('voice.corrections.answerTitle')}
      onSubmit={submit}
      problems={problems}
      isPending={answer.isPending}
      submitLabel={t('voice.corrections.answer')}
      isSubmitDisabled={!isReady}
    >
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('voice.corrections.original')}
        </Text>
        <Blockquote p="xs">{correction.originalText ?? '—'}</Blockquote>
        <Text size="sm">
          {t('voice.corrections.why')}: {correction.reason}
        </Text>
      </Stack>
      <SegmentedControl
        aria-label={t('voice.corrections.decision')}
        value={decision}
        onChange={(v) => setDecision(v === 'declined' ? 'declined' : 'accepted')}
        data={[
          { value: 'accepted', label: t('voice.corrections.accept') },
          { value: 'declined', label: t('voice.corrections.decline') },
        ]}
      />
      {decision === 'accepted' ? (
        <Textarea
          label={t('voice.corrections.correctedText')}
          description={isPlanPart ? t('voice.corrections.newVersionHint') : t('voice.corrections.noteHint')}
          required
          autosize
          minRows={2}
          value={correctedText}
          onChange={(e) => setCorrectedText(e.currentTarget.value)}
          error={problems.fieldError('correctedText') ?? problems.fieldError('baseVersion')}
        />
      ) : null}
      <Textarea
        label={
          decision === 'declined' ? t('voice.corrections.declineReason') : t('voice.corrections.answerNote')
        }
        required={decision === 'declined'}
        autosize
        minRows={2}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={problems.fieldError('reason') ?? problems.fieldError('decision')}
      />
    </FormDialog>
  );
}
