import { MultiSelect, Select, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CONSENT_RECIPIENTS,
  CONSENT_SCOPES,
  type ConsentMemberDto,
  type RecordConsentBody,
} from '../../../../contracts/consent';
import { todayIso } from '../../../../domain/dates';
import { DateField } from '../../../components/ui/date-field';
import { FormDialog } from '../../../components/ui/form-dialog';
import { useFormProblems } from '../../../components/ui/use-form-problems';
import { usePartners, useRecordConsent } from '../hooks/use-consent';
import { useConsentLabels } from './consent-labels';

const FIELDS = [
  'memberId',
  'recipient',
  'organisationId',
  'purpose',
  'scopes',
  'formDate',
  'childView',
] as const;

/** R29: the worker records a consent the family signed on paper, with the date of the form. */
export function RecordConsentDialog({
  familyId,
  members,
  onClose,
}: {
  familyId: string;
  members: ConsentMemberDto[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const labels = useConsentLabels();
  const partners = usePartners();
  const record = useRecordConsent(familyId);
  const problems = useFormProblems(FIELDS);
  const [memberId, setMemberId] = useState<string | null>(null);
  const [recipient, setRecipient] = useState<RecordConsentBody['recipient']>('partner');
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [purpose, setPurpose] = useState('');
  const [scopes, setScopes] = useState<string[]>(['plan']);
  const [formDate, setFormDate] = useState<string | null>(todayIso());
  const [childView, setChildView] = useState('');
  const hasYoungChild = members.some((m) => m.standing === 'child');
  const ready =
    memberId &&
    formDate &&
    purpose.trim() &&
    scopes.length > 0 &&
    (recipient === 'parents' || organisationId);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    problems.clear();
    record.mutate(
      {
        memberId: memberId as string,
        recipient,
        organisationId: recipient === 'partner' ? organisationId : null,
        purpose: purpose.trim(),
        scopes: scopes as RecordConsentBody['scopes'],
        formDate: formDate as string,
        childView: childView.trim() || null,
      },
      { onSuccess: onClose, onError: problems.fromServer },
    );
  };
  return (
    <FormDialog
      onClose={onClose}
      title={t('consent.record.title')}
      size="lg"
      onSubmit={submit}
      problems={problems}
      isPending={record.isPending}
      submitLabel={t('consent.record.submit')}
      isSubmitDisabled={!ready}
    >
      <Select
        label={t('consent.record.member')}
        required
        data={members.map((m) => ({
          value: m.id,
          label: `${m.name ?? '—'} (${labels.standing(m.standing)})`,
        }))}
        value={memberId}
        onChange={setMemberId}
        error={problems.fieldError('memberId')}
      />
      <Select
        label={t('consent.record.recipient')}
        data={CONSENT_RECIPIENTS.map((r) => ({ value: r, label: labels.recipient(r) }))}
        value={recipient}
        onChange={(v) => v && setRecipient(v as RecordConsentBody['recipient'])}
        allowDeselect={false}
        error={problems.fieldError('recipient')}
      />
      {recipient === 'partner' ? (
        <Select
          label={t('consent.record.partner')}
          required
          searchable
          data={(partners.data ?? [])
            .filter((o) => o.isActive)
            .map((o) => ({ value: o.id, label: `${o.name} (${labels.organisationKind(o.kind)})` }))}
          value={organisationId}
          onChange={setOrganisationId}
          error={problems.fieldError('organisationId')}
        />
      ) : null}
      <TextInput
        label={t('consent.record.purpose')}
        description={t('consent.record.purposeHint')}
        required
        value={purpose}
        onChange={(e) => setPurpose(e.currentTarget.value)}
        error={problems.fieldError('purpose')}
      />
      <MultiSelect
        label={t('consent.record.scopes')}
        required
        data={CONSENT_SCOPES.map((s) => ({ value: s, label: labels.scope(s) }))}
        value={scopes}
        onChange={setScopes}
        error={problems.fieldError('scopes')}
      />
      <DateField
        label={t('consent.record.formDate')}
        required
        maxDate={todayIso()}
        value={formDate}
        onChange={setFormDate}
        error={problems.fieldError('formDate')}
      />
      {hasYoungChild ? (
        <Textarea
          label={t('consent.record.childView')}
          description={t('consent.record.childViewHint')}
          autosize
          minRows={2}
          value={childView}
          onChange={(e) => setChildView(e.currentTarget.value)}
          error={problems.fieldError('childView')}
        />
      ) : null}
    </FormDialog>
  );
}
