import { Alert, Anchor, Button, Divider, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionResponse } from '../../../../contracts/identity';
import { isApiError } from '../../../lib/api';
import { useAcceptSession } from '../hooks/use-accept-session';
import { useSignInWithPasskey } from '../hooks/use-passkeys';
import { useVerifySecondFactor } from '../hooks/use-second-factor';

type Props = { onSignedIn: (session: SessionResponse) => void };

/** The second step of signing in (ADR 036, 040): the app's code, a passkey, or one of the recovery codes. */
export function SecondFactorForm({ onSignedIn }: Props) {
  const { t } = useTranslation();
  const verify = useVerifySecondFactor();
  const passkey = useSignInWithPasskey();
  const accept = useAcceptSession();
  const signedIn = (session: SessionResponse) => {
    accept(session);
    onSignedIn(session);
  };
  const [usesRecoveryCode, setUsesRecoveryCode] = useState(false);
  const [value, setValue] = useState('');

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const body = usesRecoveryCode ? { recoveryCode: value.trim() } : { code: value.replace(/\s/g, '') };
    verify.mutate(body, { onSuccess: signedIn });
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
        {passkey.error ? (
          <Alert color="red" role="alert">
            {isApiError(passkey.error) ? passkey.error.message : t('passkeys.browserRefused')}
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
        <Divider label={t('passkeys.or')} />
        <Button
          variant="default"
          fullWidth
          loading={passkey.isPending}
          onClick={() => passkey.mutate(undefined, { onSuccess: signedIn })}
        >
          {t('passkeys.signIn')}
        </Button>
      </Stack>
    </form>
  );
}
