import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requestPasswordReset } from '../api/password-reset-api';

/** "Forgot password" (ADR 037): the answer is the same whether or not the address has an account. */
export function ForgotPasswordForm() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const request = useMutation({ mutationFn: requestPasswordReset });

  if (request.isSuccess) {
    return (
      <Alert color="blue" role="status">
        {t('passwordReset.sent')}
      </Alert>
    );
  }
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        request.mutate({ email: email.trim() });
      }}
    >
      <Stack>
        <Text size="sm">{t('passwordReset.intro')}</Text>
        {request.error ? (
          <Alert color="red" role="alert">
            {request.error.message}
          </Alert>
        ) : null}
        <TextInput
          label={t('login.address')}
          type="email"
          autoComplete="username"
          required
          autoFocus
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
        />
        <Button type="submit" loading={request.isPending} fullWidth>
          {t('passwordReset.send')}
        </Button>
      </Stack>
    </form>
  );
}
