import { Loader } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionResponse, SignInStep } from '../../../../contracts/identity';
import { useSecondFactorOptions } from '../hooks/use-second-factor';
import { EmailCodeForm } from './email-code-form';
import { EnrolmentForm } from './enrolment-form';
import { SecondFactorForm } from './second-factor-form';

type Props = { step: SignInStep; onSignedIn: () => void };

/**
 * What a right password still leaves to do (ADR 036, 051): the code — mailed, for a person who
 * chose that — or linking a second step first.
 */
export function SignInStepForm({ step, onSignedIn }: Props) {
  const options = useSecondFactorOptions();
  const [otherWay, setOtherWay] = useState(false);
  if (step === 'secondFactor') {
    if (options.isPending) return <Loader size="sm" />;
    if (options.data?.emailCode && !otherWay)
      return (
        <EmailCodeForm
          purpose="signIn"
          onSignedIn={onSignedIn}
          onOtherWay={
            options.data.authenticator || options.data.passkey ? () => setOtherWay(true) : undefined
          }
        />
      );
    return <SecondFactorForm onSignedIn={onSignedIn} />;
  }
  return <EnrolmentForm onDone={(session: SessionResponse | null) => (session ? onSignedIn() : undefined)} />;
}

/** The step's heading: "a code from your e-mail" for a person who chose the mailed code. */
export function signInStepTitleKey(step: SignInStep, emailCode: boolean | undefined) {
  return step === 'secondFactor' && emailCode ? 'emailCode.title' : `secondFactor.step.${step}`;
}

export function SignInStepTitle({ step }: { step: SignInStep }) {
  const { t } = useTranslation();
  const options = useSecondFactorOptions();
  return <>{t(signInStepTitleKey(step, options.data?.emailCode))}</>;
}
