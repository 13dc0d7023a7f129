import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmailCodeSentDto, EnrolledDto, SessionResponse } from '../../../../contracts/identity';
import { useAcceptSession } from '../hooks/use-accept-session';
import {
  useConfirmEmailEnrolment,
  useSendEmailCode,
  useVerifySecondFactor,
} from '../hooks/use-second-factor';

type Props =
  /** The second step of signing in with a mailed code. */
  | { purpose: 'signIn'; onSignedIn: (session: SessionResponse) => void; onOtherWay?: () => void }
  /** Proving the mailbox: sign-in asks for a mailed code from then on. */
  | { purpose: 'enrolment'; onEnrolled: (enrolled: EnrolledDto) => void };

/**
 * A code by e-mail (ADR 051): "send me a code", the six digits from the mail, and "send a new
 * code" (at most one a minute; the answer says how long to wait). Plain words: families use it.
 */
export function EmailCodeForm(props: Props) {
  const { t } = useTranslation();
  const send = useSendEmailCode();
  const verify = useVerifySecondFactor();
  const confirm = useConfirmEmailEnrolment();
  const accept = useAcceptSession();
  const [code, setCode] = useState('');
  // The last code that went out: a refused "new code" (too soon) keeps the field for the one sent.
  const [sent, setSent] = useState<EmailCodeSentDto | null>(null);
  const sendCode = () => send.mutate(undefined, { onSuccess: setSent });
  const error = send.error ?? (props.purpose === 'signIn' ? verify.error : confirm.error);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const digits = code.replace(/\s/g, '');
    if (props.purpose === 'signIn')
      verify.mutate(
        { emailCode: digits },
        {
          onSuccess: (session) => {
            accept(session);
            props.onSignedIn(session);
          },
        },
      );
    else confirm.mutate(digits, { onSuccess: props.onEnrolled });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {sent ? (
          <Text size="sm" role="status">
            {t('emailCode.sent', { to: sent.sentTo, minutes: sent.validMinutes })}
          </Text>
        ) : (
          <Text size="sm">
            {t(props.purpose === 'signIn' ? 'emailCode.signInIntro' : 'emailCode.enrolIntro')}
          </Text>
        )}
        {error ? (
          <Alert color="red" role="alert">
            {error.message}
          </Alert>
        ) : null}
        {sent ? (
          <>
            <TextInput
              label={t('emailCode.code')}
              autoComplete="one-time-code"
              inputMode="numeric"
              required
              autoFocus
              value={code}
              onChange={(event) => setCode(event.currentTarget.value)}
            />
            <Button type="submit" loading={verify.isPending || confirm.isPending} fullWidth>
              {t(props.purpose === 'signIn' ? 'emailCode.submit' : 'emailCode.confirm')}
            </Button>
            <Button variant="default" fullWidth loading={send.isPending} onClick={sendCode}>
              {t('emailCode.resend')}
            </Button>
          </>
        ) : (
          <Button fullWidth loading={send.isPending} onClick={sendCode}>
            {t('emailCode.send')}
          </Button>
        )}
        {props.purpose === 'signIn' && props.onOtherWay ? (
          <Anchor component="button" type="button" size="sm" onClick={props.onOtherWay}>
            {t('emailCode.otherWay')}
          </Anchor>
        ) : null}
      </Stack>
    </form>
  );
}
