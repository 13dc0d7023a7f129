// Issue 12 points 5 and 6 (ADR 032): a mail is an outbox row and a job written in the action's
// transaction; a worker on PostgreSQL delivers it through SMTP, retries with backoff, and leaves
// what it could not send visible. Sent to a real SMTP server in this process, read back with mailparser.
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { holdQueuedMails, queueMail, startMailDelivery } from '../../src/server/modules/messages';
import { systemClock } from '../../src/server/platform/clock/system-clock';
import type { SmtpConfig } from '../../src/server/platform/mail/smtp-transport';
import { setupTestApp } from '../support/test-app';
import { closedSmtpPort, startTestSmtp, type TestSmtp } from '../support/test-smtp';

const t = await setupTestApp();
const tenant = await t.createTenant();
const admin = await tenant.as('administrator');
let smtp: TestSmtp;
const workers: { stop: () => Promise<void> }[] = [];

beforeAll(async () => {
  smtp = await startTestSmtp();
});
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop()));
  smtp.received.length = 0;
});
afterAll(() => smtp.stop());

async function startWorker(config: SmtpConfig | null, maxAttempts = 3) {
  const worker = await startMailDelivery({
    db: t.db,
    connectionString: t.database.url,
    smtp: config,
    maxAttempts,
    clock: systemClock,
    pollIntervalMs: 100,
  });
  workers.push(worker);
  return worker;
}

function queueMeetingInvitation(to: string, options: { locale?: 'nl' | 'en' | 'fr' } = {}) {
  return queueMail(t.db, {
    collaborationId: tenant.collaboration.id,
    to,
    locale: options.locale ?? 'nl',
    template: 'meeting-invitation',
    params: {
      meetingName: 'Stuurgroep: Voorjaarsoverleg',
      startsAt: '12/03/2027 14:00',
      location: 'Sint-Niklaas',
    },
    attachments: [
      {
        filename: 'vergadering.ics',
        contentType: 'text/calendar',
        content: Buffer.from('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n').toString('base64'),
      },
    ],
  });
}

async function outboxMail(id: string) {
  const response = await admin.get(`/api/v1/admin/outbox/${id}`);
  expect(response.status).toBe(200);
  return response.body;
}

async function until(check: () => Promise<boolean>, timeoutMs = 15_000) {
  const end = performance.now() + timeoutMs;
  while (!(await check())) {
    if (performance.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const jobCount = async () =>
  Number((await t.db.execute(sql`select count(*)::int as n from graphile_worker.jobs`)).rows[0]?.n);

describe('mail delivery', () => {
  it('delivers a queued mail through SMTP, in the recipient’s language, with its attachment', async () => {
    await startWorker(smtp.config);
    const { id } = await queueMeetingInvitation('lid@example.test', { locale: 'fr' });
    const [mail] = await smtp.waitFor(1);
    expect(mail?.to).toMatchObject({ text: 'lid@example.test' });
    expect(mail?.subject).toBe('Invitation : Stuurgroep: Voorjaarsoverleg, 12/03/2027 14:00');
    expect(mail?.text).toContain('Lieu : Sint-Niklaas');
    expect(mail?.attachments.map((a) => [a.filename, a.contentType])).toEqual([
      ['vergadering.ics', 'text/calendar'],
    ]);
    await until(async () => (await outboxMail(id)).status === 'sent');
    expect(await outboxMail(id)).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
  });

  it('sends nothing for an action whose transaction rolled back', async () => {
    await t.db
      .transaction(async (tx) => {
        await queueMail(tx, {
          collaborationId: tenant.collaboration.id,
          to: 'nooit@example.test',
          locale: 'nl',
          template: 'referral-started',
          params: { reference: 'REF-1' },
        });
        throw new Error('the action failed');
      })
      .catch(() => {});
    await startWorker(smtp.config);
    await queueMail(t.db, {
      collaborationId: tenant.collaboration.id,
      to: 'wel@example.test',
      locale: 'nl',
      template: 'referral-started',
      params: { reference: 'REF-2' },
    });
    const mails = await smtp.waitFor(1);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(mails.map((m) => m.subject)).toEqual(['Aanmelding REF-2: opgestart']);
    const list = await admin.get('/api/v1/admin/outbox');
    expect(list.body.items.map((m: { to: string }) => m.to)).not.toContain('nooit@example.test');
  });

  it('without SMTP keeps the mail in the outbox as held, readable by the administrator', async () => {
    await startWorker(null);
    const { id } = await queueMeetingInvitation('bewaard@example.test');
    await until(async () => (await outboxMail(id)).status === 'held');
    const mail = await outboxMail(id);
    expect(mail).toMatchObject({ to: 'bewaard@example.test', template: 'meeting-invitation', attempts: 0 });
    expect(mail.body).toContain('Locatie: Sint-Niklaas');
    expect(mail.attachments).toEqual([
      { filename: 'vergadering.ics', contentType: 'text/calendar', size: 32 },
    ]);
    expect(smtp.received).toEqual([]);
  });

  it('sends a mail held without SMTP once the app starts with SMTP: once, saying so; the demo’s stay held', async () => {
    const noSmtp = await startWorker(null);
    const { id } = await queueMeetingInvitation('later@example.test');
    await until(async () => (await outboxMail(id)).status === 'held');
    await workers.splice(workers.indexOf(noSmtp), 1)[0]?.stop();
    // Held for good, as the demo's are (its addresses are fictional).
    const kept = await queueMeetingInvitation('fictief@example.test');
    await holdQueuedMails(t.db, tenant.collaboration.id);
    expect((await outboxMail(kept.id)).status).toBe('held');

    // The restart with SMTP: two processes at once, as two app instances would.
    await Promise.all([startWorker(smtp.config), startWorker(smtp.config)]);
    await until(async () => (await outboxMail(id)).status === 'sent');
    const sent = await outboxMail(id);
    expect(sent).toMatchObject({ status: 'sent', attempts: 1, releasedAt: expect.any(String) });
    await until(async () => (await jobCount()) === 0);
    // Sent once (the earlier test's held mail went out too), and the kept one not at all.
    const to = smtp.received.map((m) => (m.to as { text: string }).text);
    expect(to.filter((address) => address === 'later@example.test')).toHaveLength(1);
    expect(to).not.toContain('fictief@example.test');
    expect(await outboxMail(kept.id)).toMatchObject({ status: 'held', releasedAt: null, attempts: 0 });
  });

  it('retries a mail while SMTP is down, then marks it failed with the last error', async () => {
    await startWorker(await closedSmtpPort(), 2);
    const { id } = await queueMeetingInvitation('onbereikbaar@example.test');
    await until(async () => (await outboxMail(id)).attempts === 1);
    expect(await outboxMail(id)).toMatchObject({
      status: 'queued',
      attempts: 1,
      lastError: expect.stringMatching(/ECONNREFUSED/),
    });
    // graphile-worker's backoff: the second attempt comes about e¹ ≈ 2.7 s after the first.
    await until(async () => (await outboxMail(id)).status === 'failed', 20_000);
    expect(await outboxMail(id)).toMatchObject({
      status: 'failed',
      attempts: 2,
      lastError: expect.stringMatching(/ECONNREFUSED/),
    });
    const list = await admin.get('/api/v1/admin/outbox');
    expect(list.body.items.find((m: { id: string }) => m.id === id)).toMatchObject({ status: 'failed' });
  }, 30_000);

  it('delivers a mail queued while no worker ran exactly once, even with two workers starting', async () => {
    await until(async () => (await jobCount()) === 0);
    const queued = await Promise.all([
      queueMeetingInvitation('een@example.test'),
      queueMeetingInvitation('twee@example.test'),
    ]);
    expect(await jobCount()).toBe(2);
    await Promise.all([startWorker(smtp.config), startWorker(smtp.config)]);
    await smtp.waitFor(2);
    for (const { id } of queued) await until(async () => (await outboxMail(id)).status === 'sent');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(smtp.received.map((m) => (m.to as { text: string }).text).sort()).toEqual([
      'een@example.test',
      'twee@example.test',
    ]);
    expect(await jobCount()).toBe(0);
  });
});

describe('the outbox API', () => {
  it('is the administrator’s: a coordinator gets 403', async () => {
    const coordinator = await tenant.as('coordinator');
    expect((await coordinator.get('/api/v1/admin/outbox')).status).toBe(403);
  });

  it('shows no other collaboration’s mail', async () => {
    const other = await t.createTenant();
    const otherAdmin = await other.as('administrator');
    const { id } = await queueMeetingInvitation('eigen@example.test');
    expect((await otherAdmin.get(`/api/v1/admin/outbox/${id}`)).status).toBe(404);
    expect((await otherAdmin.get('/api/v1/admin/outbox')).body.items).toEqual([]);
  });
});
