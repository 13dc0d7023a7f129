import { Select, TagsInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_METHODS, type AgreementBody } from '../../../../contracts/plans';
import { todayIso } from '../../../../domain/dates';
import { DateField } from '../../../components/ui/date-field';
import { FormDialog } from '../../../components/ui/form-dialog';
import { useFormProblems } from '../../../components/ui/use-form-problems';
import { useJourneyLabels } from '../../../lib/journey-labels';
import { useRecordAgreement } from '../hooks/use-plan';

const FIELDS = ['agreedOn', 'agreedBy', 'method', 'note'] as const;

/** R16, R17: the family's agreement to this version — who, when and how. */
export function AgreementModal({
  familyId,
  version,
  memberNames,
  onClose,
}: {
  familyId: string;
  version: number;
  memberNames: string[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const labels = useJourneyLabels();
  const record = useRecordAgreement(familyId);
  const problems = useFormProblems(FIELDS);
  const [agreedOn, setAgreedOn] = useState<string | null>(todayIso());
  const [agreedBy, setAgreedBy] = useState<string[]>([]);
  const [method, setMethod] = useState<AgreementBody['method']>('inConversation');
  const [note, setNote] = useState('');
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!agreedOn || agreedBy.length === 0) return;
    problems.clear();
    record.mutate(
      { version, body: { agreedOn, agreedBy, method, note: note.trim() || null } },
      { onSuccess: onClose, onError: problems.fromServer },
    );
  };
  return (
    <FormDialog
      onClose={onClose}
      title={t('plan.agreement.title', { version })}
      onSubmit={submit}
      problems={problems}
      isPending={record.isPending}
      submitLabel={t('plan.agreement.submit')}
      isSubmitDisabled={!agreedOn || agreedBy.length === 0}
    >
      <DateField
        label={t('plan.agreement.on')}
        required
        maxDate={todayIso()}
        value={agreedOn}
        onChange={setAgreedOn}
        error={problems.fieldError('agreedOn')}
      />
      <TagsInput
        label={t('plan.agreement.by')}
        description={t('plan.agreement.byHint')}
        required
        data={memberNames}
        value={agreedBy}
        onChange={setAgreedBy}
        error={problems.fieldError('agreedBy')}
      />
      <Select
        label={t('plan.agreement.method')}
        data={AGREEMENT_METHODS.map((m) => ({ value: m, label: labels.agreementMethod(m) }))}
        value={method}
        onChange={(v) => v && setMethod(v as AgreementBody['method'])}
        error={problems.fieldError('method')}
        allowDeselect={false}
      />
      <Textarea
        label={t('plan.agreement.note')}
        autosize
        minRows={1}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        error={problems.fieldError('note')}
      />
    </FormDialog>
  );
}
