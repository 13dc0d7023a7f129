// "Forgot password" (issue #12 point 3, ADR 037): the same answer whether or not the address
// has an account, a one-use link that expires, a new password under the policy, and every
// session of the account ended.
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/server/modules/identity';
import { setupTestApp, TEST_PASSWORD } from '../support/test-app';

const t = await setupTestApp();
let tenant: Awaited<ReturnType<typeof t.createTenant>>;

beforeAll(async () => {
  tenant = await t.createTenant();
});

const NEW_PASSWORD = 'a brand new passphrase';
let counter = 0;
async function newAccount() {
  counter += 1;
  const email = `reset-${counter}-${Date.now()}@example.test`;
  const { id } = await createUser(t.db, {
    collaborationId: tenant.collaboration.id,
    email,
    displayName: `Vergeten ${counter}`,
    password: TEST_PASSWORD,
    roles: ['staffOfficer'],
  });
  return { id, email };
}

let address = 0;
async function askReset(email: string) {
  address += 1;
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/password-reset',
    remoteAddress: `192.0.2.${address}`,
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify({ email }),
  });
  return { status: res.statusCode, body: res.body, headers: res.headers };
}

/** The work after the answer is done when its audit row is there. */
async function auditOf(entityId: string, action: string, count = 1) {
  for (let i = 0; i < 100; i += 1) {
    const rows = (
      await t.db.execute(
        sql`select details from audit_events where action = ${action} and entity_id = ${entityId} order by id`,
      )
    ).rows as { details: Record<string, unknown> }[];
    if (rows.length >= count) return rows;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no ${action} audit row for ${entityId}`);
}

/** The token of the last reset mail to an address, read from the outbox. */
async function tokenMailedTo(email: string): Promise<string> {
  const rows = (
    await t.db.execute(
      sql`select body, subject from outbox where recipient = ${email} and template = 'password-reset' order by created_at desc limit 1`,
    )
  ).rows as { body: string; subject: string }[];
  const body = rows[0]?.body ?? '';
  const match = body.match(/http:\/\/localhost:3000\/reset-password\?token=([A-Za-z0-9_-]+)/);
  if (!match?.[1]) throw new Error(`no reset link mailed to ${email}`);
  return match[1];
}

const confirm = (body: unknown) => t.request('POST', '/api/v1/auth/password-reset/confirm', { body });

describe('forgot password', () => {
  it('answers the same whether or not the address has an account; only an account gets a mail', async () => {
    const person = await newAccount();
    const known = await askReset(person.email.toUpperCase());
    const unknown = await askReset(`nobody-${Date.now()}@example.test`);
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(known.body).toBe(unknown.body);
    await auditOf(person.id, 'password-reset-requested');
    const unknownRows = await auditOf('unknown', 'password-reset-requested');
    expect(unknownRows.at(-1)?.details).toEqual({
      sent: false,
      emailHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const mail = (
      await t.db.execute(sql`select subject, locale from outbox where recipient = ${person.email}`)
    ).rows;
    expect(mail).toEqual([{ subject: 'Een nieuw wachtwoord voor eenplan', locale: 'nl' }]);
    // The token is stored only as its hash.
    const token = await tokenMailedTo(person.email);
    const stored = (await t.db.execute(sql`select id from password_resets where user_id = ${person.id}`))
      .rows;
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it('answers before the address is looked up, so neither the answer nor its moment can tell', async () => {
    // Not a stopwatch (timings on a shared machine prove nothing): while every query on the
    // accounts is held back by a lock, both requests are answered in full. So the answer was
    // sent before any lookup of the address, for an account and for none alike; the lookup, the
    // token and the mail follow once the lock is gone.
    const person = await newAccount();
    const nobody = `nobody-${Date.now()}@example.test`;
    const lock = new pg.Client({ connectionString: t.database.ownerUrl });
    await lock.connect();
    try {
      await lock.query('begin');
      await lock.query('lock table users in access exclusive mode');
      const [known, unknown] = await Promise.all([askReset(person.email), askReset(nobody)]);
      expect([known.status, known.body]).toEqual([202, 'null']);
      expect([unknown.status, unknown.body]).toEqual([202, 'null']);
      expect(known.headers['content-length']).toBe(unknown.headers['content-length']);
      const requested = await t.db.execute(
        sql`select count(*)::int as n from audit_events where action = 'password-reset-requested' and entity_id = ${person.id}`,
      );
      expect(requested.rows[0]).toEqual({ n: 0 }); // the work waits behind the lock
    } finally {
      await lock.query('rollback');
      await lock.end();
    }
    await auditOf(person.id, 'password-reset-requested');
    const mails = await t.db.execute(
      sql`select count(*)::int as n from outbox where recipient = ${person.email}`,
    );
    expect(mails.rows[0]).toEqual({ n: 1 });
  });

  it('sets a new password under the policy, once, and ends every session of the account', async () => {
    const person = await newAccount();
    const laptop = await t.login(person.email);
    const phone = await t.login(person.email);
    await askReset(person.email);
    await auditOf(person.id, 'password-reset-requested');
    const token = await tokenMailedTo(person.email);

    const weak = await confirm({ token, password: 'short' });
    expect(weak.status).toBe(422);
    expect(weak.body.error.code).toBe('PASSWORD_TOO_SHORT');
    expect(weak.body.error.details[0].field).toBe('password');
    // A refused password does not spend the link.
    expect((await confirm({ token, password: NEW_PASSWORD })).status).toBe(204);
    expect((await laptop.get('/api/v1/auth/session')).status).toBe(401);
    expect((await phone.get('/api/v1/auth/session')).status).toBe(401);
    expect(
      (
        await t.request('POST', '/api/v1/auth/login', {
          body: { email: person.email, password: TEST_PASSWORD },
        })
      ).status,
    ).toBe(401);
    await t.login(person.email, NEW_PASSWORD);

    const again = await confirm({ token, password: 'yet another passphrase' });
    expect(again.status).toBe(422);
    expect(again.body.error.code).toBe('PASSWORD_RESET_LINK_INVALID');
    expect(again.body.error.details[0].field).toBe('token');
    const used = await auditOf(person.id, 'password-reset-used');
    expect(used[0]?.details).toEqual({ sessionsEnded: 2 });
  });

  it('a link older than 30 minutes, or made up, does not work', async () => {
    const person = await newAccount();
    await askReset(person.email);
    await auditOf(person.id, 'password-reset-requested');
    const token = await tokenMailedTo(person.email);
    await t.db.execute(
      sql`update password_resets set expires_at = now() - interval '1 second' where user_id = ${person.id}`,
    );
    expect((await confirm({ token, password: NEW_PASSWORD })).body.error.code).toBe(
      'PASSWORD_RESET_LINK_INVALID',
    );
    const madeUp = await confirm({ token: 'x'.repeat(43), password: NEW_PASSWORD });
    expect(madeUp.status).toBe(422);
    await t.login(person.email); // the old password still works
  });
});
