import type { Role } from '../../../domain/roles';
import type { Executor } from '../../platform/db/database';
import { insertUser } from './identity.repository';
import { hashPassword } from './password';

export type NewUser = {
  collaborationId: string;
  email: string;
  displayName: string;
  password: string;
  roles: Role[];
  organisationId?: string | null;
  locale?: 'nl' | 'en' | 'fr';
};

export async function createUser(db: Executor, input: NewUser): Promise<{ id: string }> {
  return insertUser(db, {
    collaborationId: input.collaborationId,
    email: input.email,
    displayName: input.displayName,
    passwordHash: await hashPassword(input.password),
    roles: input.roles,
    organisationId: input.organisationId ?? null,
    locale: input.locale ?? 'nl',
  });
}
