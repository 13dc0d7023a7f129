import { Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountDto } from '../../../../contracts/accounts';
import { resetSecondFactorBody } from '../../../../contracts/accounts';
import { FormDialog } from '../../../components/ui/form-dialog';
import { useFormProblems } from '../../../components/ui/use-form-problems';
import { zodFieldErrors } from '../../../lib/form-errors';
import { useResetSecondFactor } from '../hooks/use-accounts';

const FIELDS = ['reason'] as const;

/**
 * ADR 040: a person lost their phone and recovery codes. Said plainly what happens, with the
 * reason that goes into the audit trail.
 */
export function ResetSecondFactorDialog({ account, onClose }: { account: AccountDto; onClose: () => void }) {
  const { t } = useTranslation();
  const reset = useResetSecondFactor();
  const problems = useFormProblems(FIELDS);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  return (
    <FormDialog
      title={t('people.resetSecondFactor')}
      onClose={onClose}
      problems={problems}
      isPending={reset.isPending}
      submitLabel={t('people.resetSecondFactorConfirm')}
      submitColor="red"
      onSubmit={(event) => {
        event.preventDefault();
        problems.clear();
        const parsed = resetSecondFactorBody.safeParse({ reason }, { reportInput: true });
        if (!parsed.success) return setReasonError(zodFieldErrors(parsed.error.issues, t).reason);
        reset.mutate(
          { id: account.id, body: parsed.data },
          { onSuccess: onClose, onError: (error) => setReasonError(problems.fromServer(error).reason) },
        );
      }}
    >
      <Text size="sm">{t('people.resetSecondFactorIntro', { name: account.displayName })}</Text>
      <Textarea
        label={t('people.resetReason')}
        description={t('people.resetReasonHint')}
        required
        autosize
        minRows={2}
        maxLength={500}
        value={reason}
        error={reasonError}
        onChange={(event) => {
          setReason(event.currentTarget.value);
          setReasonError(undefined);
        }}
      />
    </FormDialog>
  );
}
