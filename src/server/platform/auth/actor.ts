import type { Locale } from '../../../contracts/common';
import type { Role } from '../../../domain/roles';

/** The signed-in person a request acts for. Use cases take it to scope and audit what they do. */
export type Actor = {
  userId: string;
  collaborationId: string;
  displayName: string;
  roles: Role[];
  organisationId: string | null;
  locale: Locale;
  sessionId: string;
  csrfToken: string;
};
