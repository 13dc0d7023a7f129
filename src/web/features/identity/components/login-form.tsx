import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { SignInStep } from '../../../../contracts/identity';
import { useLogin } from '../hooks/use-login';

/** `onSecondStep`: the password was right and a second factor (or its enrolment) is due. */
type LoginFormProps = { onSuccess: () => void; onSecondStep: (step: SignInStep) => void };

export function LoginForm({ onSuccess, onSecondStep }: LoginFormProps) {
  const { t } = useTranslation();
  const loginMutation = useLogin();
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      // An address, or a family member's sign-in name (ADR 044).
      email: (value) => (value.trim().length > 0 ? null : t('errors:validation.email')),
      password: (value) => (value ? null : t('errors:validation.required')),
    },
  });

  const submit = form.onSubmit((values) =>
    loginMutation.mutate(
      { email: values.email.trim(), password: values.password },
      { onSuccess: (answer) => ('step' in answer ? onSecondStep(answer.step) : onSuccess()) },
    ),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {loginMutation.error ? (
          <Alert color="red" role="alert" title={t('login.failed')}>
            {loginMutation.error.message}
          </Alert>
        ) : null}
        <TextInput
          label={t('login.email')}
          type="text"
          autoCapitalize="none"
          autoComplete="username"
          required
          autoFocus
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label={t('login.password')}
          autoComplete="current-password"
          required
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={loginMutation.isPending} fullWidth>
          {t('login.submit')}
        </Button>
      </Stack>
    </form>
  );
}
