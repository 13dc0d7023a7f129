// An app on its own fresh database, with factories for tenants and people and a small HTTP
// client that logs in like the browser does (session cookie + CSRF header).
import { afterAll, inject } from 'vitest';
import type { SecondFactorRule } from '../../src/contracts/identity';
import type { Role } from '../../src/domain/roles';
import { type AppOptions, buildApp } from '../../src/server/app';
import { createUser, upsertSecondFactorRule } from '../../src/server/modules/identity';
import { createOrganisation, findZoneOwners } from '../../src/server/modules/network';
import { systemClock } from '../../src/server/platform/clock/system-clock';
import { inCollaboration } from '../../src/server/platform/db/tenant-context';
import { provisionCollaboration } from '../../src/server/setup/provision-collaboration';
import { createTestDatabase } from './test-database';

export const TEST_PASSWORD = 'correct horse battery staple';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
// Tests read JSON bodies by path (res.body.error.code); the contract types are asserted by the
// server's own response schemas, so the test client keeps bodies loosely typed on purpose.
// biome-ignore lint/suspicious/noExplicitAny: see above
export type TestResponse<T = any> = {
  status: number;
  body: T;
  headers: Record<string, unknown>;
  text: string;
};

/** `clock`: the day the app lives on (ADR 027); a fixed clock runs every rule as of a chosen date. */
export async function setupTestApp(
  options: Pick<AppOptions, 'logLevel' | 'logStream' | 'clock' | 'publicUrl'> = {},
) {
  const clock = options.clock ?? systemClock;
  const database = await createTestDatabase();
  const app = await buildApp({ database, databaseKind: inject('databaseKind'), ...options, clock });
  await app.ready();
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  let counter = 0;

  // biome-ignore lint/suspicious/noExplicitAny: loosely typed JSON bodies in tests
  async function request<T = any>(
    method: Method,
    url: string,
    options: { body?: unknown; cookie?: string; csrf?: string; headers?: Record<string, string> } = {},
  ): Promise<TestResponse<T>> {
    const isText = typeof options.body === 'string';
    const response = await app.inject({
      method,
      url,
      headers: {
        ...(options.cookie ? { cookie: options.cookie } : {}),
        ...(options.csrf ? { 'x-csrf-token': options.csrf } : {}),
        ...(options.body !== undefined ? { 'content-type': isText ? 'text/csv' : 'application/json' } : {}),
        ...options.headers,
      },
      ...(options.body !== undefined
        ? { payload: isText ? (options.body as string) : JSON.stringify(options.body) }
        : {}),
    });
    let body: unknown = response.body;
    try {
      body = response.json();
    } catch {}
    return { status: response.statusCode, body: body as T, headers: response.headers, text: response.body };
  }

  async function login(email: string, password = TEST_PASSWORD) {
    const response = await request('POST', '/api/v1/auth/login', { body: { email, password } });
    if (response.status !== 200)
      throw new Error(`login failed for ${email}: ${response.status} ${response.text}`);
    const setCookie = String(response.headers['set-cookie']);
    const cookie = setCookie.split(';')[0] as string;
    const csrf = response.body.csrfToken as string;
    const as =
      (method: Method) =>
      // biome-ignore lint/suspicious/noExplicitAny: loosely typed JSON bodies in tests
      <T = any>(url: string, body?: unknown, headers?: Record<string, string>) =>
        request<T>(method, url, { body, cookie, csrf, headers });
    return {
      cookie,
      csrf,
      user: response.body.user,
      get: as('GET'),
      post: as('POST'),
      put: as('PUT'),
      del: as('DELETE'),
    };
  }

  /**
   * A zone belongs to one collaboration of an installation (issue 15): a tenant made without
   * naming its zones serves those of the usual three that no earlier tenant of this file took.
   */
  async function freeDefaultZones() {
    const defaults = ['elz57', 'elz29', 'elz9'];
    const taken = new Set((await findZoneOwners(database.db, defaults)).map((o) => o.zoneCode));
    return defaults.filter((z) => !taken.has(z));
  }

  /**
   * `secondFactorRequiredFor`: who must sign in with a second factor (ADR 036). Tests of other
   * features sign in with a password alone, as in the demo; the real default is tested on its own.
   */
  async function createTenant(
    options: { zones?: string[]; name?: string; secondFactorRequiredFor?: SecondFactorRule } = {},
  ) {
    counter += 1;
    const slug = `tenant-${counter}-${Date.now()}`;
    // As the application's role, inside the new collaboration (row-level security, ADR 053).
    const collaboration = await provisionCollaboration(database.db, {
      name: options.name ?? `Test collaboration ${counter}`,
      slug,
      zones: options.zones ?? (await freeDefaultZones()),
      year: Number(clock.today().slice(0, 4)),
    });
    const inTenant = <T>(work: () => Promise<T>) => inCollaboration(collaboration.id, work);
    await inTenant(() =>
      upsertSecondFactorRule(database.db, collaboration.id, options.secondFactorRequiredFor ?? 'nobody'),
    );
    const clb = await inTenant(() =>
      createOrganisation(database.db, {
        collaborationId: collaboration.id,
        kind: 'clb',
        name: `CLB Testpunt ${counter}`,
        role: 'partner',
      }),
    );

    /** A signed-in user of this collaboration with the given role. */
    async function as(role: Role, options: { organisationId?: string | null } = {}) {
      counter += 1;
      const email = `${role.toLowerCase()}-${counter}-${slug}@example.test`;
      await inTenant(() =>
        createUser(database.db, {
          collaborationId: collaboration.id,
          email,
          displayName: `Test ${role} ${counter}`,
          password: TEST_PASSWORD,
          roles: [role],
          organisationId: options.organisationId ?? (role === 'partnerReferrer' ? clb.id : null),
        }),
      );
      return login(email);
    }

    return { collaboration, clb, as, inTenant };
  }

  // `db`: the owner, for a test's own arranging and inspecting across collaborations; the app and
  // `appDb` are the application's role, walled by row-level security (ADR 053).
  return { app, clock, database, db: database.owner.db, appDb: database.db, request, login, createTenant };
}

export type TestApp = Awaited<ReturnType<typeof setupTestApp>>;
export type Session = Awaited<ReturnType<TestApp['login']>>;
