import { Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentMemberDto } from '../../../../contracts/consent';
import { addMonths, todayIso } from '../../../../domain/dates';
import { DateField } from '../../../components/ui/date-field';
import { FormDialog } from '../../../components/ui/form-dialog';
import { useFormProblems } from '../../../components/ui/use-form-problems';
import { useAssessCompetence } from '../hooks/use-consent';

const FIELDS = ['memberId', 'reason', 'assessedOn', 'reviewOn'] as const;

/** R27: a minor of 12+ assessed not competent, with the reason and when to look again. */
export function AssessmentDialog({
  familyId,
  member,
  onClose,
}: {
  familyId: string;
  member: ConsentMemberDto;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const assess = useAssessCompetence(familyId);
  const problems = useFormProblems(FIELDS);
  const [reason, setReason] = useState('');
  const [assessedOn, setAssessedOn] = useState<string | null>(todayIso());
  const [reviewOn, setReviewOn] = useState<string | null>(addMonths(todayIso(), 3));
  const ready = reason.trim() && assessedOn && reviewOn;
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    problems.clear();
    assess.mutate(
      {
        memberId: member.id,
        reason: reason.trim(),
        assessedOn: assessedOn as string,
        reviewOn: reviewOn as string,
      },
      { onSuccess: onClose, onError: problems.fromServer },
    );
  };
  return (
    <FormDialog
      onClose={onClose}
      title={t('consent.assess.title', { name: member.name ?? '—' })}
      onSubmit={submit}
      problems={problems}
      isPending={assess.isPending}
      submitLabel={t('consent.assess.submit')}
      isSubmitDisabled={!ready}
    >
      <Textarea
        label={t('consent.assess.reason')}
        required
        autosize
        minRows={3}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={problems.fieldError('reason') ?? problems.fieldError('memberId')}
      />
      <DateField
        label={t('consent.assess.assessedOn')}
        required
        maxDate={todayIso()}
        value={assessedOn}
        onChange={setAssessedOn}
        error={problems.fieldError('assessedOn')}
      />
      <DateField
        label={t('consent.assess.reviewOn')}
        description={t('consent.assess.reviewHint')}
        required
        value={reviewOn}
        onChange={setReviewOn}
        error={problems.fieldError('reviewOn')}
      />
    </FormDialog>
  );
}
