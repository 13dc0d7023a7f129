import { Button, Group, Select, Stack, TagsInput, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_METHODS, type AgreementBody } from '../../../../contracts/plans';
import { todayIso } from '../../../../domain/dates';
import { DateField } from '../../../components/ui/date-field';
import { LabelledModal } from '../../../components/ui/labelled-modal';
import { useJourneyLabels } from '../../../lib/journey-labels';
import { useRecordAgreement } from '../hooks/use-plan';

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
  const [agreedOn, setAgreedOn] = useState<string | null>(todayIso());
  const [agreedBy, setAgreedBy] = useState<string[]>([]);
  const [method, setMethod] = useState<AgreementBody['method']>('inConversation');
  const [note, setNote] = useState('');
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!agreedOn || agreedBy.length === 0) return;
    record.mutate(
      { version, body: { agreedOn, agreedBy, method, note: note.trim() || null } },
      { onSuccess: onClose },
    );
  };
  return (
    <LabelledModal opened onClose={onClose} title={t('plan.agreement.title', { version })}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <DateField
            label={t('plan.agreement.on')}
            required
            maxDate={todayIso()}
            value={agreedOn}
            onChange={setAgreedOn}
          />
          <TagsInput
            label={t('plan.agreement.by')}
            description={t('plan.agreement.byHint')}
            required
            data={memberNames}
            value={agreedBy}
            onChange={setAgreedBy}
          />
          <Select
            label={t('plan.agreement.method')}
            data={AGREEMENT_METHODS.map((m) => ({ value: m, label: labels.agreementMethod(m) }))}
            value={method}
            onChange={(v) => v && setMethod(v as AgreementBody['method'])}
            allowDeselect={false}
          />
          <Textarea
            label={t('plan.agreement.note')}
            autosize
            minRows={1}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          {record.error ? (
            <Text c="red.9" size="sm" role="alert">
              {record.error.message}
            </Text>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending} disabled={!agreedOn || agreedBy.length === 0}>
              {t('plan.agreement.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </LabelledModal>
  );
}
