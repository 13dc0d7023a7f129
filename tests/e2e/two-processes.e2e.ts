// Past one machine (ADR 049): two eenplan processes, started at the same moment, on one
// PostgreSQL (a server of this test's own, as an operator's external database). What one process
// does holds for the other: the migration and first-run locks, sessions, the mail queue (each
// mail delivered once, through a real SMTP server), and the reference counter under concurrent
// registrations on both.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../../src/server/platform/db/embedded';
import { ensureAppRole, withCredentials } from '../../src/server/platform/db/roles';
import { startTestSmtp, type TestSmtp } from '../support/test-smtp';
import { type RunningServer, removeDataDir, signInAsDemoCoordinator, startServer } from './support/server';

let database: EmbeddedDatabase | undefined;
let smtp: TestSmtp | undefined;
const servers: RunningServer[] = [];
const dirs: string[] = [];

afterAll(async () => {
  for (const server of servers) await server.stop('SIGTERM');
  await smtp?.stop();
  await database?.stop();
  for (const dir of dirs) await removeDataDir(dir);
});

async function ownerQuery<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: database?.ownerUrl });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

function register(url: string, session: { cookie: string; csrf: string }, n: number) {
  return fetch(`${url}/api/v1/referrals`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrf },
    body: JSON.stringify({
      fundingLine: 'regular',
      registrant: { organisationKind: 'school', organisationName: `Basisschool ${n}` },
      family: {
        municipalityNis: '46021',
        members: [{ role: 'child', birthDate: `2015-0${1 + (n % 9)}-1${n % 10}` }],
      },
      requestForHelp: `Aanmelding ${n}, op twee processen tegelijk.`,
      consentToRefer: true,
    }),
  });
}

async function requestReset(url: string, email: string) {
  const res = await fetch(`${url}/api/v1/auth/password-reset`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email }),
  });
  expect(res.status).toBe(202);
}

describe('two app processes on one database', () => {
  it('share sessions, deliver each mail once and number concurrent registrations without gaps or twins', async () => {
    // /tmp: readable by the `postgres` user that runs the server when tests run as root.
    const pgDir = await mkdtemp(path.join(os.tmpdir(), 'eenplan-two-pg-'));
    dirs.push(pgDir);
    database = await startEmbeddedPostgres(pgDir);
    const appPassword = 'two-processes-app-role';
    await ensureAppRole(database.ownerUrl, 'eenplan_app', appPassword);
    smtp = await startTestSmtp();
    const env = {
      DATABASE_URL: withCredentials(database.ownerUrl, 'eenplan_app', appPassword),
      DATABASE_OWNER_URL: database.ownerUrl,
      EENPLAN_SMTP_HOST: smtp.config.host,
      EENPLAN_SMTP_PORT: String(smtp.config.port),
      EENPLAN_MAIL_FROM: smtp.config.from,
    };

    // Both at once on an empty database: one migrates and loads the demo, the other waits on
    // the same advisory locks and finds it done. Neither fails.
    // Slower than one start: the second waits for the first's demo on a shared machine.
    const [a, b] = await Promise.all([
      startServer({ env, startTimeoutMs: 300_000 }),
      startServer({ env, startTimeoutMs: 300_000 }),
    ]);
    servers.push(a as RunningServer, b as RunningServer);
    if (!a || !b) throw new Error('two servers');
    dirs.push(a.dataDir, b.dataDir);
    const loaded = [a, b].filter((s) => s.output().includes('demo collaboration loaded'));
    expect(loaded).toHaveLength(1);
    const [{ users }] = (await ownerQuery<{ users: number }>(
      `select count(*)::int as users from users where email = 'coordinator@demo.eenplan.be'`,
    )) as [{ users: number }];
    expect(users).toBe(1);

    // A session made on A is the same session on B (it lives in the database, not a process).
    const session = await signInAsDemoCoordinator(a.url);
    const onB = await fetch(`${b.url}/api/v1/referrals`, { headers: { cookie: session.cookie } });
    expect(onB.status).toBe(200);
    expect(((await onB.json()) as unknown[]).length).toBeGreaterThan(0);

    // Registrations on both at once: every one gets the next number of the year's counter.
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, n) => register(n % 2 === 0 ? a.url : b.url, session, n)),
    );
    const bodies = await Promise.all(results.map((res) => res.json() as Promise<{ reference: string }>));
    expect(results.map((res) => res.status)).toEqual(Array(12).fill(201));
    const numbers = bodies.map((body) => Number(body.reference.split('-')[2])).sort((x, y) => x - y);
    expect(new Set(numbers).size).toBe(12);
    expect((numbers.at(-1) as number) - (numbers[0] as number)).toBe(11);

    // A mail queued on A and one on B: both workers poll the one queue; each mail arrives once.
    const recipients = ['coach@demo.eenplan.be', 'liaison@demo.eenplan.be'];
    await requestReset(a.url, recipients[0] as string);
    await requestReset(b.url, recipients[1] as string);
    const toThem = () =>
      smtp?.received.filter(
        (mail) =>
          (mail.text ?? '').includes('/reset-password') &&
          recipients.some((r) => JSON.stringify(mail.to).includes(r)),
      ) ?? [];
    while (toThem().length < 2) await new Promise((resolve) => setTimeout(resolve, 100));
    // Once no delivery job waits or runs, no later copy can come: the count is final.
    while (
      (
        await ownerQuery<{ n: number }>(
          `select count(*)::int as n from graphile_worker.jobs where task_identifier = 'deliver-mail'`,
        )
      )[0]?.n
    )
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(toThem()).toHaveLength(2);
    const sent = await ownerQuery<{ to: string; status: string }>(
      `select recipient as to, status from outbox where template = 'password-reset' and recipient = any($1)
        order by recipient`,
      [recipients],
    );
    expect(sent).toEqual(recipients.map((to) => ({ to, status: 'sent' })));

    expect(await a.stop('SIGTERM'), a.output()).toBe(0);
    expect(await b.stop('SIGTERM'), b.output()).toBe(0);
  }, 600_000);
});
