// A code by e-mail as second factor (issue 13 point 1, ADR 051): mailed through the outbox to a
// real SMTP server and read back from the mail; valid ten minutes (the injected clock, ADR 027),
// used once, dead after five wrong tries, one new code a minute; a family member may choose it,
// a staff member only where the collaboration's rule does not require a second factor of them.
import { sql } from 'drizzle-orm';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '../../src/domain/clock';
import { brusselsDay } from '../../src/domain/dates';
import { createFamilyAccount, createUser, upsertSecondFactorRule } from '../../src/server/modules/identity';
import { startMailDelivery } from '../../src/server/modules/messages';
import { browserClient } from '../support/browser-client';
import { startedFamily } from '../support/journey';
import { setupTestApp, TEST_PASSWORD } from '../support/test-app';
import { startTestSmtp, type TestSmtp } from '../support/test-smtp';

// The app's clock, moved forward by the tests: expiry and throttling without waiting.
let offsetMs = 0;
const clock: Clock = {
  now: () => new Date(Date.now() + offsetMs),
  today: () => brusselsDay(new Date(Date.now() + offsetMs)),
};
const later = (minutes: number) => {
  offsetMs += minutes * 60_000;
};

const t = await setupTestApp({ clock });
const { send, signIn } = browserClient(t);
// The demo's rule while the family is started; then the real default (familyFileRoles).
const tenant = await t.createTenant();
const desk = await tenant.as('coordinator');
await upsertSecondFactorRule(t.db, tenant.collaboration.id, 'familyFileRoles');
let smtp: TestSmtp;
let worker: { stop: () => Promise<void> };

beforeAll(async () => {
  smtp = await startTestSmtp();
  worker = await startMailDelivery({
    db: t.db,
    connectionString: t.database.url,
    smtp: smtp.config,
    maxAttempts: 3,
    clock,
    pollIntervalMs: 100,
  });
});
afterAll(async () => {
  await worker.stop();
  await smtp.stop();
});

/** How many mails each address had when its last code was read: the next call waits for a new one. */
const handled = new Map<string, number>();

/** The next mail that arrives for `to`, read as a mail client would, and the six digits in it. */
async function mailedCode(to: string): Promise<{ mail: ParsedMail; code: string }> {
  const end = performance.now() + 15_000;
  for (;;) {
    const mails = smtp.received.filter((m) => JSON.stringify(m.to).includes(to));
    const mail = mails.at(-1);
    if (mail && mails.length > (handled.get(to) ?? 0)) {
      handled.set(to, mails.length);
      const code = /\b(\d{6})\b/.exec(mail.text ?? '')?.[1];
      if (!code) throw new Error('no code in the mail');
      return { mail, code };
    }
    if (performance.now() > end) throw new Error(`no new mail for ${to}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let counter = 0;
/** A family member's own account with an address (ADR 044), in a family of its own. */
async function familyAccount(locale: 'nl' | 'en' | 'fr' = 'nl') {
  counter += 1;
  const { familyId } = await startedFamily(desk);
  const file = await desk.get(`/api/v1/families/${familyId}`);
  const memberId = file.body.members[0].id as string;
  const email = `gezin-${counter}-${Date.now()}@example.test`;
  const { id } = await createFamilyAccount(t.db, {
    collaborationId: tenant.collaboration.id,
    familyId,
    memberId,
    displayName: `Gezinslid ${counter}`,
    email,
    password: TEST_PASSWORD,
    createdBy: null,
    locale,
  });
  return { id, email };
}

async function staffAccount(role: 'coordinator' | 'staffOfficer') {
  counter += 1;
  const email = `staff-${counter}-${Date.now()}@example.test`;
  const { id } = await createUser(t.db, {
    collaborationId: tenant.collaboration.id,
    email,
    displayName: `Medewerker ${counter}`,
    password: TEST_PASSWORD,
    roles: [role],
  });
  return { id, email };
}

/** Signs in, chooses the mailed code and confirms it: sign-in asks for a mailed code from now on. */
async function enrolByEmail(email: string) {
  const first = await signIn(email);
  const sent = await send('POST', '/api/v1/auth/second-factor/email-code', first.client);
  expect(sent.status, JSON.stringify(sent.body)).toBe(200);
  const { code } = await mailedCode(email);
  const confirmed = await send('POST', '/api/v1/auth/second-factor/email-enrolment/confirm', first.client, {
    code,
  });
  expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
  later(1.5); // past the one-a-minute rule for the next code
  return confirmed;
}

const auditOf = async (userId: string) =>
  (await t.db.execute(sql`select action, details from audit_events where entity_id = ${userId} order by id`))
    .rows as { action: string; details: Record<string, unknown> | null }[];

describe('a code by e-mail as second factor', () => {
  it('a family member proves the mailbox, then signs in with a mailed code, once', async () => {
    const person = await familyAccount();
    const first = await signIn(person.email);
    expect(first.body.user.id).toBe(person.id); // no second factor required of a family yet
    const options = await send('GET', '/api/v1/auth/second-factor/options', first.client);
    expect(options.body).toEqual({
      authenticator: false,
      passkey: false,
      emailCode: false,
      emailCodeAllowed: true,
    });
    await enrolByEmail(person.email);

    const half = await signIn(person.email);
    expect(half.body).toEqual({ step: 'secondFactor', csrfToken: expect.any(String) });
    const halfOptions = await send('GET', '/api/v1/auth/second-factor/options', half.client);
    expect(halfOptions.body).toMatchObject({ emailCode: true });
    const sent = await send('POST', '/api/v1/auth/second-factor/email-code', half.client);
    expect(sent.body).toEqual({ sentTo: 'g***@example.test', validMinutes: 10, resendAfterSeconds: 60 });
    const { mail, code } = await mailedCode(person.email);
    expect(mail.subject).toBe('Je code om aan te melden bij eenplan');
    expect(mail.text).toContain('10 minuten');

    const verified = await send('POST', '/api/v1/auth/second-factor/verify', half.client, {
      emailCode: code,
    });
    expect(verified.status).toBe(200);
    expect(verified.body.user.id).toBe(person.id);
    const full = { cookie: verified.cookie as string, csrf: verified.body.csrfToken as string };
    expect((await send('GET', '/api/v1/auth/session', full)).status).toBe(200);

    // The same code again, on a new half session: refused (used once).
    const again = await signIn(person.email);
    const replayed = await send('POST', '/api/v1/auth/second-factor/verify', again.client, {
      emailCode: code,
    });
    expect(replayed.status).toBe(401);
    expect(replayed.body.error.code).toBe('SECOND_FACTOR_INVALID');

    // Stored only as a hash; the outbox keeps the sent mail blanked; no code in the audit trail.
    const stored = await t.db.execute(sql`select code_hash from email_codes where user_id = ${person.id}`);
    expect(JSON.stringify(stored.rows)).not.toContain(code);
    await until(async () => {
      const rows = await t.db.execute(
        sql`select status from outbox where recipient = ${person.email} and status <> 'sent'`,
      );
      return rows.rows.length === 0;
    });
    const outbox = await t.db.execute(
      sql`select subject, body, params from outbox where recipient = ${person.email}`,
    );
    expect(JSON.stringify(outbox.rows)).not.toContain(code);
    const trail = await auditOf(person.id);
    expect(JSON.stringify(trail)).not.toContain(code);
    const actions = trail.map((row) => row.action);
    expect(actions).toContain('email-code-sent');
    expect(trail.find((row) => row.action === 'second-factor-enrolled')?.details).toEqual({
      method: 'emailCode',
    });
    expect(trail.filter((row) => row.action === 'login').at(-1)?.details).toEqual({
      secondFactor: 'emailCode',
    });
  });

  it('a code works ten minutes: after that it is refused and a new one is needed', async () => {
    const person = await familyAccount();
    await enrolByEmail(person.email);
    const half = await signIn(person.email);
    await send('POST', '/api/v1/auth/second-factor/email-code', half.client);
    const { code } = await mailedCode(person.email);
    later(10.5);
    const expired = await signIn(person.email); // the half session of 15 minutes is fresh here
    const refused = await send('POST', '/api/v1/auth/second-factor/verify', expired.client, {
      emailCode: code,
    });
    expect(refused.status).toBe(401);
    await send('POST', '/api/v1/auth/second-factor/email-code', expired.client);
    const fresh = await mailedCode(person.email);
    const ok = await send('POST', '/api/v1/auth/second-factor/verify', expired.client, {
      emailCode: fresh.code,
    });
    expect(ok.status).toBe(200);
  });

  it('five wrong tries kill the code; a new code works; resending waits a minute', async () => {
    const person = await familyAccount('en');
    await enrolByEmail(person.email);
    const half = await signIn(person.email);
    await send('POST', '/api/v1/auth/second-factor/email-code', half.client);
    const { mail, code } = await mailedCode(person.email);
    expect(mail.subject).toBe('Your code to sign in to eenplan');
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i += 1) {
      const res = await send('POST', '/api/v1/auth/second-factor/verify', half.client, { emailCode: wrong });
      expect(res.status).toBe(401);
    }
    const dead = await send('POST', '/api/v1/auth/second-factor/verify', half.client, { emailCode: code });
    expect(dead.status).toBe(401);
    expect(dead.body.error.code).toBe('SECOND_FACTOR_INVALID');
    const failed = (await auditOf(person.id)).filter((row) => row.action === 'second-factor-failed');
    expect(failed.at(-1)?.details).toMatchObject({ reason: 'wrongEmailCode' });

    // "Send a new code": not within the minute (one answer says how long), then yes.
    const tooSoon = await send('POST', '/api/v1/auth/second-factor/email-code', half.client);
    expect(tooSoon.status).toBe(429);
    expect(tooSoon.body.error.code).toBe('EMAIL_CODE_TOO_SOON');
    later(1.1);
    const resent = await send('POST', '/api/v1/auth/second-factor/email-code', half.client);
    expect(resent.status).toBe(200);
    const fresh = await mailedCode(person.email);
    const ok = await send('POST', '/api/v1/auth/second-factor/verify', half.client, {
      emailCode: fresh.code,
    });
    expect(ok.status).toBe(200);
  });

  it('the same right code sent twice at once signs in once', async () => {
    const person = await familyAccount('fr');
    await enrolByEmail(person.email);
    const half = await signIn(person.email);
    await send('POST', '/api/v1/auth/second-factor/email-code', half.client);
    const { mail, code } = await mailedCode(person.email);
    expect(mail.subject).toBe('Votre code pour vous connecter à eenplan');
    const both = await Promise.all([
      send('POST', '/api/v1/auth/second-factor/verify', half.client, { emailCode: code }),
      send('POST', '/api/v1/auth/second-factor/verify', half.client, { emailCode: code }),
    ]);
    expect(both.map((res) => res.status).sort()).toEqual([200, 401]);
  });

  it('staff only where the rule does not require a second factor of them', async () => {
    // A coordinator opens family files: the rule requires a second factor, the mailbox is not one.
    const coordinator = await staffAccount('coordinator');
    const enrolling = await signIn(coordinator.email);
    expect(enrolling.body).toEqual({ step: 'enrolment', csrfToken: expect.any(String) });
    const options = await send('GET', '/api/v1/auth/second-factor/options', enrolling.client);
    expect(options.body.emailCodeAllowed).toBe(false);
    const refused = await send('POST', '/api/v1/auth/second-factor/email-code', enrolling.client);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('EMAIL_CODE_NOT_ALLOWED');

    // A staff officer (no family files) may choose it of their own accord.
    const officer = await staffAccount('staffOfficer');
    await enrolByEmail(officer.email);
    expect((await signIn(officer.email)).body.step).toBe('secondFactor');
    // Once the rule requires a second factor of everyone, the mailbox no longer counts: enrol an app.
    await upsertSecondFactorRule(t.db, tenant.collaboration.id, 'everyone');
    try {
      expect((await signIn(officer.email)).body.step).toBe('enrolment');
    } finally {
      await upsertSecondFactorRule(t.db, tenant.collaboration.id, 'familyFileRoles');
    }
  });
});

async function until(check: () => Promise<boolean>, timeoutMs = 15_000) {
  const end = performance.now() + timeoutMs;
  while (!(await check())) {
    if (performance.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
