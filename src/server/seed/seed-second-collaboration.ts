// Issue 15: the demo installation serves two collaborations. The second (Gent, zone elz13) has
// its lead partner and a coordinator, and no families yet: a family of the first that moves to
// Gent, or a partner's referral of a Gent family, is what fills it.
import { createUser, upsertSecondFactorRule } from '../modules/identity';
import { createOrganisation } from '../modules/network';
import type { Db } from '../platform/db/database';
import { inCollaboration } from '../platform/db/tenant-context';
import { provisionCollaboration } from '../setup/provision-collaboration';
import { DEMO_PASSWORD, DEMO_SECOND_COLLABORATION } from './demo-people';

export async function seedSecondCollaboration(db: Db, options: { year: number }) {
  const { name, slug, zones, leadPartner, users } = DEMO_SECOND_COLLABORATION;
  return db.transaction(async (tx) => {
    const collaboration = await provisionCollaboration(tx, { name, slug, zones, year: options.year });
    await inCollaboration(collaboration.id, async () => {
      // Like the first demo collaboration: signed in to with the printed password alone (ADR 036).
      await upsertSecondFactorRule(tx, collaboration.id, 'nobody');
      await createOrganisation(tx, {
        collaborationId: collaboration.id,
        ...leadPartner,
        role: 'leadPartner',
      });
      for (const user of users)
        await createUser(tx, { collaborationId: collaboration.id, ...user, password: DEMO_PASSWORD });
    });
    return collaboration;
  });
}
