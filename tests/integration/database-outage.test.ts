// Issue 16 point 5: when PostgreSQL goes away the API says "try again shortly" (503), not 500,
// and recovers by itself when it is back: no restart of the app, of its pool or of its jobs.
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { addJob } from '../../src/server/platform/db/add-job';
import { startJobQueue } from '../../src/server/platform/jobs/job-queue';
import { setupTestApp } from '../support/test-app';

const t = await setupTestApp();
const databaseName = decodeURIComponent(new URL(t.database.url).pathname.slice(1));
const admin = new pg.Client({ connectionString: inject('adminUrl') });
await admin.connect();
afterAll(async () => {
  await admin.query(`alter database "${databaseName}" connection limit -1`).catch(() => {});
  await admin.end();
});

/** What a restart of the server does to its clients: every connection of this database cut. */
async function cutEveryConnection() {
  await admin.query(
    'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
    [databaseName],
  );
  // pg_terminate_backend only asks: wait until the backends are gone.
  while (true) {
    const { rows } = await admin.query(
      'select count(*)::int as n from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
      [databaseName],
    );
    if (rows[0].n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('PostgreSQL going away', () => {
  it('answers 503 DATABASE_UNAVAILABLE while it is away and serves again by itself once it is back', async () => {
    const tenant = await t.createTenant();
    const desk = await tenant.as('coordinator');
    expect((await desk.get('/api/v1/referrals')).status).toBe(200);

    // Away: connections cut and new ones refused (as while the server restarts).
    await admin.query(`alter database "${databaseName}" connection limit 0`);
    await cutEveryConnection();
    const during = await desk.get('/api/v1/referrals', undefined, { 'accept-language': 'fr' });
    expect([during.status, during.body.error.code]).toEqual([503, 'DATABASE_UNAVAILABLE']);
    expect(during.body.error.message).toBe(
      'Eenplan ne peut pas atteindre ses données pour le moment. Réessayez dans quelques secondes.',
    );
    expect(during.headers['retry-after']).toBe('5');
    // A write too: a 503 the caller may retry, not a 500.
    const write = await desk.post('/api/v1/referrals', {});
    expect(write.status).not.toBe(500);
    // The process still lives (a process manager must not restart it); it is not ready.
    expect((await t.request('GET', '/api/health')).status).toBe(200);
    const notReady = await t.request('GET', '/api/ready');
    expect([notReady.status, notReady.body.checks.database]).toEqual([503, 'unavailable']);

    // Back: the same app, the same pool.
    await admin.query(`alter database "${databaseName}" connection limit -1`);
    expect((await desk.get('/api/v1/referrals')).status).toBe(200);
    const ready = await t.request('GET', '/api/ready');
    expect([ready.status, ready.body]).toEqual([
      200,
      {
        status: 'ready',
        database: inject('databaseKind'),
        checks: { database: 'ok', migrations: 'ok', stopping: false },
      },
    ]);
  });

  it('answers every request 200 or 503 while its connections are cut, and 200 after', async () => {
    const tenant = await t.createTenant();
    const desk = await tenant.as('coordinator');
    const cut = cutEveryConnection();
    const answers = await Promise.all(Array.from({ length: 20 }, () => desk.get('/api/v1/referrals')));
    await cut;
    for (const answer of answers) expect([200, 503]).toContain(answer.status);
    expect((await desk.get('/api/v1/referrals')).status).toBe(200);
  });

  it('runs queued jobs again after an outage, without a restart of the app', async () => {
    const ran: string[] = [];
    let tell: (() => void) | undefined;
    const queue = await startJobQueue({
      connectionString: t.database.url,
      tasks: {
        outage_probe: async (payload) => {
          ran.push((payload as { n: string }).n);
          tell?.();
        },
      },
      pollIntervalMs: 100,
    });
    try {
      const runs = (n: string) =>
        new Promise<void>((resolve) => {
          tell = () => ran.includes(n) && resolve();
        });
      const first = runs('before');
      await addJob(t.db, 'outage_probe', { n: 'before' });
      await first;

      await admin.query(`alter database "${databaseName}" connection limit 0`);
      await cutEveryConnection();
      await new Promise((resolve) => setTimeout(resolve, 300)); // a few polls meet the outage
      await admin.query(`alter database "${databaseName}" connection limit -1`);

      const second = runs('after');
      await addJob(t.db, 'outage_probe', { n: 'after' });
      await second;
      expect(ran).toEqual(['before', 'after']);
    } finally {
      await queue.stop();
    }
  });
});
