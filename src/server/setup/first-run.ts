// On the first start of an empty database: either the administrator named in the environment
// (a real installation, no demo data) or the fictional demo collaboration with demo logins.
// Either way the shipped municipality table is loaded first, so referrals can be registered at once.
import { randomUUID } from 'node:crypto';
import type { Clock } from '../../domain/clock';
import { countUsers, createUser, PASSWORD_MIN_LENGTH, passwordProblem } from '../modules/identity';
import { loadReferenceMunicipalities } from '../modules/network';
import { systemClock } from '../platform/clock/system-clock';
import type { Db } from '../platform/db/database';
import { lockFor } from '../platform/db/lock';
import { inCollaboration } from '../platform/db/tenant-context';
import { type StartupProgress, silentProgress } from '../platform/startup-progress';
import { DEMO_FAMILY_EMAIL, DEMO_PASSWORD, DEMO_SECOND_COLLABORATION, DEMO_USERS } from '../seed/demo-people';
import { seedDemo } from '../seed/seed-demo';
import { provisionCollaboration } from './provision-collaboration';

export type FirstRunResult =
  | { kind: 'existing' }
  | { kind: 'administrator'; email: string }
  | { kind: 'demo'; logins: { email: string; roles: string[] }[]; password: string; referrals: number };

const ADMIN_PASSWORD_REFUSED = {
  PASSWORD_TOO_SHORT: `EENPLAN_ADMIN_PASSWORD is too short: use at least ${PASSWORD_MIN_LENGTH} characters (a passphrase of a few words is best)`,
  PASSWORD_TOO_LONG: 'EENPLAN_ADMIN_PASSWORD is too long: use at most 200 characters',
  PASSWORD_TOO_COMMON:
    'EENPLAN_ADMIN_PASSWORD is one of the most common passwords: choose another (a passphrase of a few words is best)',
} as const;

type FirstRunOptions = Parameters<typeof loadFirstRun>[1];

/**
 * Several processes starting at once on a new database (past one machine, ADR 049): one loads
 * the first-run data while the others wait on this lock, then find users and load nothing. The
 * lock's transaction only holds the lock; the loading commits on other connections as before,
 * so `db` needs a pool of at least two connections.
 */
export async function firstRun(db: Db, options: FirstRunOptions): Promise<FirstRunResult> {
  return db.transaction(async (tx) => {
    await lockFor(tx, 'eenplan:first-run');
    return loadFirstRun(db, options);
  });
}

async function loadFirstRun(
  db: Db,
  options: {
    adminEmail: string | null;
    adminPassword: string | null;
    collaborationName?: string;
    /** The demo is loaded as of this clock's today (ADR 027). */
    clock?: Clock;
    /** The start's progress lines (main.ts); silent elsewhere. */
    progress?: StartupProgress;
  },
): Promise<FirstRunResult> {
  const progress = options.progress ?? silentProgress;
  if ((await countUsers(db)) > 0) return { kind: 'existing' };
  await progress.step('first start: municipality table', () => loadReferenceMunicipalities(db));

  if (options.adminEmail && options.adminPassword) {
    const email = options.adminEmail;
    const password = options.adminPassword;
    // Refuse to start rather than create an administrator anyone can guess (ADR 018).
    const problem = passwordProblem(password);
    if (problem) throw new Error(ADMIN_PASSWORD_REFUSED[problem]);
    // Its first rows are the new collaboration's own: written inside it (ADR 053).
    const id = randomUUID();
    await progress.step('first start: administrator', () =>
      inCollaboration(id, () =>
        db.transaction(async (tx) => {
          const collaboration = await provisionCollaboration(tx, {
            id,
            name: options.collaborationName ?? 'Mijn samenwerkingsverband',
            slug: 'main',
            year: Number((options.clock ?? systemClock).today().slice(0, 4)),
          });
          // The person installing eenplan administers the installation (issue 15, ADR 054): they
          // make its collaborations and invite each one's coordinator, this first one's too. A
          // platform administrator never reads a family file, so they are not its coordinator.
          await createUser(tx, {
            collaborationId: collaboration.id,
            email,
            displayName: 'Beheerder',
            password,
            roles: ['administrator', 'platformAdministrator'],
          });
        }),
      ),
    );
    return { kind: 'administrator', email };
  }

  const { referrals } = await progress.step('first start: fictional demo collaboration', () =>
    seedDemo(db, { clock: options.clock ?? systemClock }),
  );
  return {
    kind: 'demo',
    // The family's own portal (issue 13): its account holds no role; it is shown as 'family'.
    logins: [
      ...DEMO_USERS.map((u) => ({ email: u.email, roles: u.roles as string[] })),
      // Issue 15: the coordinator of the demo's second collaboration.
      ...DEMO_SECOND_COLLABORATION.users.map((u) => ({ email: u.email, roles: u.roles as string[] })),
      { email: DEMO_FAMILY_EMAIL, roles: ['family'] },
    ],
    password: DEMO_PASSWORD,
    referrals,
  };
}
