import { Alert, Button, Code, Group, Image, List, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionResponse } from '../../../../contracts/identity';
import { useAcceptSession } from '../hooks/use-accept-session';
import { useConfirmEnrolment, useSecondFactorOptions, useStartEnrolment } from '../hooks/use-second-factor';
import { EmailCodeForm } from './email-code-form';

type Props = {
  /** After the recovery codes were shown; with the new session when enrolling finished a sign-in. */
  onDone: (session: SessionResponse | null) => void;
  /** The app is linked; the recovery codes are on screen until `onDone`. */
  onLinked?: () => void;
};

/**
 * Linking an authenticator app (ADR 036): the secret as a QR code drawn by the server (and as
 * text to type), a first code to prove it, then the ten recovery codes, shown this once.
 */
export function EnrolmentForm({ onDone, onLinked }: Props) {
  const { t } = useTranslation();
  const start = useStartEnrolment();
  const confirm = useConfirmEnrolment();
  const accept = useAcceptSession();
  const [code, setCode] = useState('');
  const options = useSecondFactorOptions();
  const [byEmail, setByEmail] = useState(false);

  if (confirm.data) {
    const { recoveryCodes, session } = confirm.data;
    return (
      <Stack>
        <Alert color="green">{t('secondFactor.enrolled')}</Alert>
        <Text size="sm">{t('secondFactor.recoveryCodesIntro')}</Text>
        <List aria-label={t('secondFactor.recoveryCodes')} ff="monospace" listStyleType="none">
          {recoveryCodes.map((recoveryCode) => (
            <List.Item key={recoveryCode}>{recoveryCode}</List.Item>
          ))}
        </List>
        <Button
          onClick={() => {
            if (session) accept(session);
            onDone(session);
          }}
        >
          {t('secondFactor.savedCodes')}
        </Button>
      </Stack>
    );
  }

  // A code by e-mail (ADR 051): no recovery codes to keep; done once the mailbox is proved.
  if (byEmail)
    return (
      <EmailCodeForm
        purpose="enrolment"
        onEnrolled={(enrolled) => {
          if (enrolled.session) accept(enrolled.session);
          onDone(enrolled.session);
        }}
      />
    );

  if (!start.data) {
    return (
      <Stack align="flex-start">
        <Text size="sm">{t('secondFactor.enrolIntro')}</Text>
        {start.error ? (
          <Alert color="red" role="alert">
            {start.error.message}
          </Alert>
        ) : null}
        <Button onClick={() => start.mutate()} loading={start.isPending}>
          {t('secondFactor.startEnrolment')}
        </Button>
        {options.data?.emailCodeAllowed ? (
          <Button variant="default" onClick={() => setByEmail(true)}>
            {t('emailCode.choose')}
          </Button>
        ) : null}
      </Stack>
    );
  }

  const qrSource = `data:image/svg+xml;utf8,${encodeURIComponent(start.data.qrCodeSvg)}`;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        confirm.mutate(code.replace(/\s/g, ''), { onSuccess: () => onLinked?.() });
      }}
    >
      <Stack>
        <Text size="sm">{t('secondFactor.scan')}</Text>
        <Group align="flex-start">
          <Image src={qrSource} alt={t('secondFactor.qrAlt')} w={200} h={200} />
          <Stack gap={4}>
            <Text size="sm">{t('secondFactor.orType')}</Text>
            <Code data-testid="totp-secret">{start.data.secret}</Code>
          </Stack>
        </Group>
        {confirm.error ? (
          <Alert color="red" role="alert">
            {confirm.error.message}
          </Alert>
        ) : null}
        <TextInput
          label={t('secondFactor.firstCode')}
          autoComplete="one-time-code"
          inputMode="numeric"
          required
          value={code}
          onChange={(event) => setCode(event.currentTarget.value)}
        />
        <Button type="submit" loading={confirm.isPending}>
          {t('secondFactor.confirm')}
        </Button>
      </Stack>
    </form>
  );
}
