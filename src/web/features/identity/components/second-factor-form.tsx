import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionResponse } from '../../../../contracts/identity';
import { useAcceptSession } from '../hooks/use-accept-session';
import { useVerifySecondFactor } from '../hooks/use-second-factor';

type Props = { onSignedIn: (session: SessionResponse) => void };

/** The second step of signing in (ADR 036): the app's code, or one of the recovery codes. */
export function SecondFactorForm({ onSignedIn }: Props) {
  const { t } = useTranslation();
  const verify = useVerifySecondFactor();
  const accept = useAcceptSession();
  const [usesRecoveryCode, setUsesRecoveryCode] = useState(false);
  const [value, setValue] = useState('');

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const body = usesRecoveryCode ? { recoveryCode: value.trim() } : { code: value.replace(/\s/g, '') };
    verify.mutate(body, {
      onSuccess: (session) => {
        accept(session);
        onSignedIn(session);
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">
          {usesRecoveryCode ? t('secondFactor.recoveryIntro') : t('secondFactor.codeIntro')}
        </Text>
        {verify.error ? (
          <Alert color="red" role="alert">
            {verify.error.message}
          </Alert>
        ) : null}
        <TextInput
          key={usesRecoveryCode ? 'recovery' : 'code'}
          label={usesRecoveryCode ? t('secondFactor.recoveryCode') : t('secondFactor.code')}
          autoComplete="one-time-code"
          inputMode={usesRecoveryCode ? 'text' : 'numeric'}
          required
          autoFocus
          value={value}
          onChange={(event) => setValue(event.currentTarget.value)}
        />
        <Button type="submit" loading={verify.isPending} fullWidth>
          {t('secondFactor.submit')}
        </Button>
        <Anchor
          component="button"
          type="button"
          size="sm"
          onClick={() => {
            setUsesRecoveryCode(!usesRecoveryCode);
            setValue('');
          }}
        >
          {usesRecoveryCode ? t('secondFactor.useApp') : t('secondFactor.useRecoveryCode')}
        </Anchor>
      </Stack>
    </form>
  );
}
