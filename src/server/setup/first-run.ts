// On the first start of an empty database: either the administrator named in the environment
// (a real installation, no demo data) or the fictional demo collaboration with demo logins.
// Either way the shipped municipality table is loaded first, so referrals can be registered at once.

import { countUsers, createUser } from '../modules/identity';
import { loadReferenceMunicipalities } from '../modules/network';
import type { Db } from '../platform/db/database';
import { DEMO_PASSWORD, DEMO_USERS } from '../seed/demo-people';
import { seedDemo } from '../seed/seed-demo';
import { provisionCollaboration } from './provision-collaboration';

export type FirstRunResult =
  | { kind: 'existing' }
  | { kind: 'administrator'; email: string }
  | { kind: 'demo'; logins: { email: string; roles: string[] }[]; password: string; referrals: number };

export async function firstRun(
  db: Db,
  options: { adminEmail: string | null; adminPassword: string | null; collaborationName?: string },
): Promise<FirstRunResult> {
  if ((await countUsers(db)) > 0) return { kind: 'existing' };
  await loadReferenceMunicipalities(db);

  if (options.adminEmail && options.adminPassword) {
    const email = options.adminEmail;
    const password = options.adminPassword;
    await db.transaction(async (tx) => {
      const collaboration = await provisionCollaboration(tx, {
        name: options.collaborationName ?? 'Mijn samenwerkingsverband',
        slug: 'main',
      });
      // The person installing eenplan is, in practice, the coordinator too.
      await createUser(tx, {
        collaborationId: collaboration.id,
        email,
        displayName: 'Beheerder',
        password,
        roles: ['administrator', 'coordinator'],
      });
    });
    return { kind: 'administrator', email };
  }

  const { referrals } = await seedDemo(db);
  return {
    kind: 'demo',
    logins: DEMO_USERS.map((u) => ({ email: u.email, roles: u.roles })),
    password: DEMO_PASSWORD,
    referrals,
  };
}
