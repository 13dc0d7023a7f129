import type { Locale } from '../../../contracts/common';
import type { SignInStep } from '../../../contracts/identity';
import type { Clock } from '../../../domain/clock';
import type { Role } from '../../../domain/roles';

/**
 * The signed-in person a request acts for. Use cases take it to scope and audit what they do, and
 * read the date they act on from its clock (ADR 027), never from the machine.
 */
export type Actor = {
  userId: string;
  collaborationId: string;
  displayName: string;
  roles: Role[];
  organisationId: string | null;
  locale: Locale;
  sessionId: string;
  csrfToken: string;
  clock: Clock;
  /**
   * Set while the person is half signed in (password right, second factor or its enrolment due,
   * ADR 036): such an actor reaches only the routes that declare `duringSignIn`.
   */
  signInStep?: SignInStep;
};
