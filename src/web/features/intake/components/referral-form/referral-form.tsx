import { Alert, Button, Group, List, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferralDto } from '../../../../../contracts/intake';
import { RouterButton } from '../../../../components/ui/router-links';
import { isApiError } from '../../../../lib/api';
import { useUser } from '../../../../lib/session';
import { useCreateReferral } from '../../hooks/use-create-referral';
import { FamilySection } from './family-section';
import {
  FIELD_OF_ERROR_CODE,
  initialReferralValues,
  mapServerProblems,
  type ReferralFormValues,
  validateReferral,
} from './form-values';
import { FundingLineSection } from './funding-line-section';
import { ReferredThroughSection } from './referred-through-section';
import { RegistrantSection } from './registrant-section';
import { ConsentSection, RequestForHelpSection } from './request-and-consent-sections';

type ReferralFormProps = { onCreated: (referral: ReferralDto) => void };

// `fields`: problems shown at the inputs, the alert only points at them and goes once they
// are fixed; `request`: a refusal that is about the referral as a whole.
type FormProblem = { kind: 'fields' | 'request'; title: string; messages: string[] } | null;

export function ReferralForm({ onCreated }: ReferralFormProps) {
  const { t } = useTranslation();
  const user = useUser();
  const create = useCreateReferral();
  const [problem, setProblem] = useState<FormProblem>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const form = useForm<ReferralFormValues>({ initialValues: initialReferralValues(user) });

  const showProblem = (next: FormProblem) => {
    setProblem(next);
    requestAnimationFrame(() => problemRef.current?.focus());
  };

  const handleServerError = (error: unknown) => {
    if (!isApiError(error))
      return showProblem({ kind: 'request', title: t('common.unexpectedError'), messages: [] });
    if (error.code === 'VALIDATION_FAILED') {
      const { fieldErrors, general } = mapServerProblems(error.fieldProblems);
      form.setErrors(fieldErrors);
      return showProblem({
        kind: general.length > 0 ? 'request' : 'fields',
        title: error.message,
        messages: general,
      });
    }
    const field = FIELD_OF_ERROR_CODE[error.code];
    if (field) form.setFieldError(field, error.message);
    showProblem({ kind: field ? 'fields' : 'request', title: error.message, messages: [] });
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const result = validateReferral(form.values, t);
    if (result.errors) {
      form.setErrors(result.errors);
      return showProblem({ kind: 'fields', title: t('errors:VALIDATION_FAILED'), messages: [] });
    }
    setProblem(null);
    form.clearErrors();
    create.mutate(result.body, { onSuccess: onCreated, onError: handleServerError });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('referralForm.formLabel')}>
      <Stack gap="md">
        {problem && (problem.kind === 'request' || Object.keys(form.errors).length > 0) ? (
          <Alert color="red" title={problem.title} role="alert" ref={problemRef} tabIndex={-1}>
            {problem.messages.length > 0 ? (
              <List size="sm">
                {problem.messages.map((m) => (
                  <List.Item key={m}>{m}</List.Item>
                ))}
              </List>
            ) : (
              t('referralForm.checkFields')
            )}
          </Alert>
        ) : null}
        <RegistrantSection form={form} />
        <ReferredThroughSection form={form} />
        <FundingLineSection form={form} />
        <FamilySection form={form} />
        <RequestForHelpSection form={form} />
        <ConsentSection form={form} />
        <Group justify="flex-end">
          <RouterButton to="/referrals" variant="default">
            {t('common.cancel')}
          </RouterButton>
          <Button type="submit" loading={create.isPending}>
            {t('referralForm.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
