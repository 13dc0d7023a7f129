import { Alert, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignInStep } from '../../../../contracts/identity';
import { isApiError } from '../../../lib/api';
import { useAcceptInvitation, useInvitation } from '../hooks/use-accounts';
import { SignInStepForm } from './sign-in-step';

// The same minimum as the server's policy (identity/password-policy.ts); the server checks the rest.
const PASSWORD_MIN_LENGTH = 12;

/** Issue 12: the invited person chooses a password and is signed in. */
export function AcceptInvitationForm({ token, onSignedIn }: { token: string; onSignedIn: () => void }) {
  const { t } = useTranslation();
  const invitation = useInvitation(token);
  const accept = useAcceptInvitation();
  // ADR 036: where the collaboration asks a second factor, linking the app comes right after.
  const [step, setStep] = useState<SignInStep | null>(null);
  const form = useForm({
    initialValues: { password: '', repeat: '' },
    validate: {
      password: (v) =>
        v.length < PASSWORD_MIN_LENGTH ? t('invitation.tooShort', { min: PASSWORD_MIN_LENGTH }) : null,
      repeat: (v, values) => (v === values.password ? null : t('invitation.mismatch')),
    },
  });
  if (!token) {
    return (
      <Alert color="red" role="alert">
        {t('errors:INVITATION_UNKNOWN')}
      </Alert>
    );
  }
  if (step) return <SignInStepForm step={step} onSignedIn={onSignedIn} />;
  if (invitation.isPending) return <Text c="dimmed">{t('invitation.checking')}</Text>;
  if (invitation.error) {
    return (
      <Alert color="red" role="alert">
        {invitation.error.message}
      </Alert>
    );
  }
  const submit = form.onSubmit((v) =>
    accept.mutate(
      { token, password: v.password },
      {
        onSuccess: (answer) => ('step' in answer ? setStep(answer.step) : onSignedIn()),
        onError: (error) => {
          if (isApiError(error)) for (const p of error.fieldProblems) form.setFieldError(p.field, p.message);
        },
      },
    ),
  );
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text>
          {t('invitation.welcome', {
            name: invitation.data.displayName,
            collaboration: invitation.data.collaborationName,
          })}
        </Text>
        <Text size="sm" c="dimmed">
          {t('invitation.account', { email: invitation.data.email })}
        </Text>
        {accept.error && isApiError(accept.error) && !accept.error.fieldProblems.length ? (
          <Alert color="red" role="alert">
            {accept.error.message}
          </Alert>
        ) : null}
        <PasswordInput
          label={t('invitation.password')}
          description={t('invitation.passwordHint', { min: PASSWORD_MIN_LENGTH })}
          autoComplete="new-password"
          required
          {...form.getInputProps('password')}
        />
        <PasswordInput
          label={t('invitation.repeat')}
          autoComplete="new-password"
          required
          {...form.getInputProps('repeat')}
        />
        <Button type="submit" loading={accept.isPending}>
          {t('invitation.submit')}
        </Button>
      </Stack>
    </form>
  );
}
