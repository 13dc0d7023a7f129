import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useLogin } from '../hooks/use-login';

type LoginFormProps = { onSuccess: () => void };

export function LoginForm({ onSuccess }: LoginFormProps) {
  const { t } = useTranslation();
  const loginMutation = useLogin();
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) => (/^\S+@\S+\.\S+$/.test(value.trim()) ? null : t('errors:validation.email')),
      password: (value) => (value ? null : t('errors:validation.required')),
    },
  });

  const submit = form.onSubmit((values) =>
    loginMutation.mutate({ email: values.email.trim(), password: values.password }, { onSuccess }),
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
          type="email"
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
