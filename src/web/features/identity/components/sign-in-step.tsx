import type { SessionResponse, SignInStep } from '../../../../contracts/identity';
import { EnrolmentForm } from './enrolment-form';
import { SecondFactorForm } from './second-factor-form';

type Props = { step: SignInStep; onSignedIn: () => void };

/** What a right password still leaves to do (ADR 036): the code, or linking an app first. */
export function SignInStepForm({ step, onSignedIn }: Props) {
  if (step === 'secondFactor') return <SecondFactorForm onSignedIn={onSignedIn} />;
  return <EnrolmentForm onDone={(session: SessionResponse | null) => (session ? onSignedIn() : undefined)} />;
}
