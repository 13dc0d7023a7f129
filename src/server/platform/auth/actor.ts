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
  /**
   * Set when the session belongs to a family member's own account (issue 13): such an actor holds
   * no role and reaches only the routes that declare `family` (and its own account's routes).
   */
  family?: FamilyPrincipal;
};

/** Whose account a family session is: the family and the member of it who signed in. */
export type FamilyPrincipal = { familyId: string; memberId: string };
