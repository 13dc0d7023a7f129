import { Alert, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { resetPassword } from '../api/password-reset-api';

type Props = { token: string; onDone: () => void };

/** A new password through the mailed link (ADR 037); every session of the account ends with it. */
export function ResetPasswordForm({ token, onDone }: Props) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const reset = useMutation({ mutationFn: resetPassword, onSuccess: onDone });
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        reset.mutate({ token, password });
      }}
    >
      <Stack>
        <Text size="sm">{t('passwordReset.choose')}</Text>
        {reset.error ? (
          <Alert color="red" role="alert">
            {reset.error.message}
          </Alert>
        ) : null}
        <PasswordInput
          label={t('passwordReset.newPassword')}
          autoComplete="new-password"
          required
          autoFocus
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
        />
        <Button type="submit" loading={reset.isPending} fullWidth>
          {t('passwordReset.save')}
        </Button>
      </Stack>
    </form>
  );
}
