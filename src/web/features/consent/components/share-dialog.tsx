import { Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSENT_SCOPES, type ConsentDto, type ShareBody } from '../../../../contracts/consent';
import { FormDialog } from '../../../components/ui/form-dialog';
import { useFormProblems } from '../../../components/ui/use-form-problems';
import { useShareWithPartner } from '../hooks/use-consent';
import { useConsentLabels } from './consent-labels';

const FIELDS = ['organisationId', 'purpose', 'scope'] as const;

/**
 * R29: share with a partner on a consent in force. The dialog offers the partners and purposes of
 * the consents that hold; the server decides whether they suffice (both parents and the minor for
 * youth-court services).
 */
export function ShareDialog({
  familyId,
  consents,
  onClose,
}: {
  familyId: string;
  consents: ConsentDto[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const labels = useConsentLabels();
  const share = useShareWithPartner(familyId);
  const problems = useFormProblems(FIELDS);
  const inForce = consents.filter((c) => c.isInForce && c.organisation);
  const options = [...new Map(inForce.map((c) => [`${c.organisation?.id}|${c.purpose}`, c])).values()];
  const [choice, setChoice] = useState<string | null>(null);
  const [scope, setScope] = useState<ShareBody['scope']>('plan');
  const chosen = options.find((c) => `${c.organisation?.id}|${c.purpose}` === choice);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!chosen?.organisation) return;
    problems.clear();
    share.mutate(
      { organisationId: chosen.organisation.id, purpose: chosen.purpose, scope },
      { onSuccess: onClose, onError: problems.fromServer },
    );
  };
  return (
    <FormDialog
      onClose={onClose}
      title={t('consent.share.title')}
      onSubmit={submit}
      problems={problems}
      isPending={share.isPending}
      submitLabel={t('consent.share.submit')}
      isSubmitDisabled={!chosen}
    >
      <Select
        label={t('consent.share.partnerAndPurpose')}
        required
        data={options.map((c) => ({
          value: `${c.organisation?.id}|${c.purpose}`,
          label: `${c.organisation?.name} — ${c.purpose}`,
        }))}
        value={choice}
        onChange={setChoice}
        nothingFoundMessage={t('consent.share.noConsent')}
        error={problems.fieldError('organisationId') ?? problems.fieldError('purpose')}
      />
      <Select
        label={t('consent.share.scope')}
        data={CONSENT_SCOPES.map((s) => ({ value: s, label: labels.scope(s) }))}
        value={scope}
        onChange={(v) => v && setScope(v as ShareBody['scope'])}
        allowDeselect={false}
        error={problems.fieldError('scope')}
      />
    </FormDialog>
  );
}
