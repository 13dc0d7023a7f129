// Issue 12 points 6 and 7 (ADR 039): what becomes due gives the right people one notification per
// due item — in the app, by mail or in a daily digest, as each chose — and nobody else; a person
// reads and marks only their own. The scan runs with a fixed clock, as the job passes it.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/domain/clock';
import { addDays, addMonths } from '../../src/domain/dates';
import { startMailDelivery } from '../../src/server/modules/messages';
import {
  queueDigests,
  scanReminders,
  sendDigest,
  startNotificationJobs,
} from '../../src/server/modules/notifications';
import { referralBody } from '../support/factories';
import { createSteeringGroup, memberBody } from '../support/governance-factories';
import { assign, startedFamily } from '../support/journey';
import { type Session, setupTestApp } from '../support/test-app';
import { startTestSmtp, type TestSmtp } from '../support/test-smtp';

// A Wednesday without a public holiday near it: R4's working days are plain.
const DAY = '2027-03-10';
const clock = fixedClock(DAY);
const t = await setupTestApp({ clock });
const context = { clock, publicUrl: 'https://eenplan.test' };
const G = '/api/v1/governance';

let tenant: Awaited<ReturnType<typeof t.createTenant>>;
let desk: Session;
let worker: Session;
let colleague: Session;
let staff: Session;
let stranger: Session;
const ids = {} as Record<
  | 'body'
  | 'bridging'
  | 'bridgingFamily'
  | 'care'
  | 'farMeeting'
  | 'laterTodo'
  | 'meeting'
  | 'referralDue'
  | 'referralFresh'
  | 'short'
  | 'todo',
  string
>;

type Listed = { id: string; kind: string; link: string; params: Record<string, string>; dueOn: string };
const listOf = async (who: Session): Promise<Listed[]> => {
  const res = await who.get('/api/v1/notifications');
  expect(res.status).toBe(200);
  return res.body.items;
};
const rowsFor = async (itemId: string) =>
  (
    await t.db.execute(
      sql`select recipient_user_id, kind, in_app, email from notifications where item_id = ${itemId}`,
    )
  ).rows as { recipient_user_id: string; kind: string; in_app: boolean; email: string }[];
const remindersMailedTo = async (userId: string) =>
  (
    await t.db.execute(
      sql`select o.subject, o.body from outbox o join users u on u.email = o.recipient
          where u.id = ${userId} and o.template = 'reminder' order by o.created_at`,
    )
  ).rows as { subject: string; body: string }[];

const youngFamily = (receivedOn: string) => ({
  municipalityNis: '46021',
  members: [
    {
      role: 'child' as const,
      givenName: 'Testbaby',
      familyName: 'Zorggezin',
      birthDate: addDays(receivedOn, -120),
    },
    { role: 'parent' as const, givenName: 'Testouder', familyName: 'Zorggezin' },
  ],
});

async function trajectory(familyId: string, body: Record<string, unknown>) {
  const res = await worker.post(`/api/v1/families/${familyId}/trajectories`, body);
  expect(res.status, res.text).toBe(201);
  return res.body.id as string;
}

async function todoFor(owner: Session, dueOn: string, text: string) {
  const res = await staff.post(`${G}/todos`, { bodyId: ids.body, text, ownerUserId: owner.user.id, dueOn });
  expect(res.status, res.text).toBe(201);
  return res.body.id as string;
}

beforeAll(async () => {
  tenant = await t.createTenant();
  desk = await tenant.as('coordinator');
  worker = await tenant.as('liaisonWorker');
  colleague = await tenant.as('liaisonWorker');
  staff = await tenant.as('staffOfficer');
  const other = await t.createTenant();
  stranger = await other.as('coordinator');

  // R4: received Monday, answer due Thursday (3 working days): reminded from Wednesday, today.
  const due = await desk.post('/api/v1/referrals', referralBody({ receivedOn: '2027-03-08' }, DAY));
  ids.referralDue = due.body.id;
  // Received today: due next Monday, nothing yet.
  const fresh = await desk.post('/api/v1/referrals', referralBody({ receivedOn: DAY }, DAY));
  ids.referralFresh = fresh.body.id;
  // Another collaboration's overdue referral reaches its own coordinator only.
  await stranger.post('/api/v1/referrals', referralBody({ receivedOn: '2027-03-01' }, DAY));

  // R2: bridging for 40 days without a contact.
  const bridging = await startedFamily(desk, referralBody({ receivedOn: addDays(DAY, -45) }, DAY));
  await assign(desk, bridging.familyId, worker, addDays(DAY, -45));
  ids.bridgingFamily = bridging.familyId;
  ids.bridging = await trajectory(bridging.familyId, {
    kind: 'bridging',
    fundingLine: 'regular',
    startedOn: addDays(DAY, -40),
    bridging: {
      waitingFor: 'Thuisbegeleiding',
      waitingListOf: 'CKG Voorbeeld',
      waitingSince: addDays(DAY, -45),
    },
  });
  // R1: short help started 3 months and 20 days ago: the warning runs.
  const short = await startedFamily(desk, referralBody({ receivedOn: addMonths(DAY, -4) }, DAY));
  await assign(desk, short.familyId, worker, addMonths(DAY, -4));
  ids.short = await trajectory(short.familyId, {
    kind: 'shortTerm',
    fundingLine: 'regular',
    startedOn: addDays(addMonths(DAY, -3), -20),
  });
  // R5: referred for family care 4 days ago, no first contact yet (due tomorrow).
  const care = await startedFamily(desk, {
    ...referralBody({ receivedOn: addDays(DAY, -4) }, DAY),
    fundingLine: 'familyCare',
    family: youngFamily(addDays(DAY, -4)),
  });
  await assign(desk, care.familyId, worker, addDays(DAY, -4));
  ids.care = await trajectory(care.familyId, {
    kind: 'familyCare',
    fundingLine: 'familyCare',
    referralId: care.referralId,
    startedOn: addDays(DAY, -2),
    familyCare: { provider: 'Gezinszorg Test' },
  });

  // Governance: a to-do due tomorrow, and a meeting the day after tomorrow the worker is invited to.
  ids.body = (await createSteeringGroup(staff, [])).id;
  const member = await staff.post(
    `${G}/bodies/${ids.body}/members`,
    memberBody({ name: 'Werker Lid', userId: worker.user.id }, DAY),
  );
  expect(member.status).toBe(201);
  ids.todo = await todoFor(worker, addDays(DAY, 1), 'Jaarcijfers nakijken');
  ids.laterTodo = await todoFor(worker, addDays(DAY, 5), 'Later te doen');
  const meeting = await staff.post(`${G}/meetings`, {
    bodyId: ids.body,
    date: addDays(DAY, 2),
    startTime: '14:00',
  });
  ids.meeting = meeting.body.id;
  expect((await staff.post(`${G}/meetings/${ids.meeting}/invitation`)).status).toBe(200);
  const far = await staff.post(`${G}/meetings`, { bodyId: ids.body, date: addDays(DAY, 9) });
  ids.farMeeting = far.body.id;
  await staff.post(`${G}/meetings/${ids.farMeeting}/invitation`);
});

describe('the reminder scan', () => {
  it('gives each kind that became due one notification, to the people who work on it', async () => {
    expect(await scanReminders(t.db, context)).toBeGreaterThan(0);

    const mine = await listOf(worker);
    expect(mine.map((n) => n.kind).sort()).toEqual(
      ['bridgingContact', 'familyCareFirstContact', 'meetingSoon', 'shortTermEnd', 'todoDue'].sort(),
    );
    expect(mine.find((n) => n.kind === 'bridgingContact')).toMatchObject({
      link: `/families/${ids.bridgingFamily}`,
      dueOn: addDays(DAY, -9),
      params: { trajectoryKind: 'bridging' },
    });
    expect(mine.find((n) => n.kind === 'todoDue')).toMatchObject({
      link: '/governance/todos',
      params: { todoTitle: 'Jaarcijfers nakijken', bodyName: 'Stuurgroep Testregio' },
    });
    expect(mine.find((n) => n.kind === 'meetingSoon')).toMatchObject({
      link: `/governance/meetings/${ids.meeting}`,
      dueOn: addDays(DAY, 2),
    });
    // No family's name in what a notification says.
    expect(JSON.stringify(mine)).not.toMatch(/Zorggezin|Voorbeeld|Testouder/);

    // R4 is the coordinator's: the referral due tomorrow, not the one received today.
    const desks = await listOf(desk);
    expect(desks.map((n) => [n.kind, n.link])).toEqual([['referralAnswer', `/referrals/${ids.referralDue}`]]);
    expect(desks[0]?.params.reference).toMatch(/\S/);

    // A colleague not assigned to these families and the staff officer hear nothing of them.
    expect(await listOf(colleague)).toEqual([]);
    expect((await listOf(staff)).map((n) => n.kind)).toEqual([]);
    // Another collaboration's coordinator only of their own referral.
    expect((await listOf(stranger)).map((n) => n.kind)).toEqual(['referralAnswer']);
    // Not yet due: the to-do in five days, the meeting in nine.
    expect(await rowsFor(ids.laterTodo)).toEqual([]);
    expect(await rowsFor(ids.farMeeting)).toEqual([]);
    expect(await rowsFor(ids.referralFresh)).toEqual([]);
  });

  it('reminds a partner organisation’s to-do to its people who take part in governance', async () => {
    const partnerWorker = await tenant.as('liaisonWorker', { organisationId: tenant.clb.id });
    const referrer = await tenant.as('partnerReferrer'); // of the same CLB, no governance role
    const res = await staff.post(`${G}/todos`, {
      bodyId: ids.body,
      text: 'Engagementsverklaring tekenen',
      ownerOrganisationId: tenant.clb.id,
      dueOn: addDays(DAY, 2),
    });
    expect(res.status).toBe(201);
    await scanReminders(t.db, context);
    expect((await rowsFor(res.body.id)).map((r) => r.recipient_user_id)).toEqual([partnerWorker.user.id]);
    expect((await listOf(referrer)).map((n) => n.kind)).toEqual([]);
  });

  it('runs once per due item: a second scan, and two at the same time, add nothing', async () => {
    expect(await scanReminders(t.db, context)).toBe(0);
    const todo = await todoFor(worker, DAY, 'Verslag rondsturen');
    const [a, b] = await Promise.all([scanReminders(t.db, context), scanReminders(t.db, context)]);
    expect(a + b).toBe(1);
    expect(await rowsFor(todo)).toHaveLength(1);
  });

  it('a deadline that moves is a new due item', async () => {
    const todo = await todoFor(worker, addDays(DAY, 1), 'Agenda voorbereiden');
    await scanReminders(t.db, context);
    await staff.put(`${G}/todos/${todo}`, { dueOn: DAY });
    await scanReminders(t.db, context);
    expect((await rowsFor(todo)).length).toBe(2);
  });
});

describe('each person’s choice', () => {
  it('defaults to in the app with a daily digest, and is saved per kind (an audited account change)', async () => {
    const before = await colleague.get('/api/v1/notifications/preferences');
    expect(before.status).toBe(200);
    expect(before.body.choices).toHaveLength(6);
    expect(
      before.body.choices.every((c: { inApp: boolean; email: string }) => c.inApp && c.email === 'digest'),
    ).toBe(true);
    const saved = await colleague.put('/api/v1/notifications/preferences', {
      choices: [
        { kind: 'todoDue', inApp: false, email: 'each' },
        { kind: 'meetingSoon', inApp: true, email: 'none' },
      ],
    });
    expect(saved.status).toBe(200);
    expect(saved.body.choices.find((c: { kind: string }) => c.kind === 'todoDue')).toEqual({
      kind: 'todoDue',
      inApp: false,
      email: 'each',
    });
    const audit = await t.db.execute(
      sql`select count(*)::int as n from audit_events where action = 'reminder-preferences' and entity_id = ${colleague.user.id}`,
    );
    expect(audit.rows[0]?.n).toBe(1);
    const refused = await colleague.put('/api/v1/notifications/preferences', {
      choices: [{ kind: 'todoDue', inApp: true, email: 'sometimes' }],
    });
    expect(refused.status).toBe(400);
  });

  it('sends a mail per reminder to who chose it, and keeps it out of their bell when they said so', async () => {
    const todo = await todoFor(colleague, addDays(DAY, 1), 'Offerte opvragen');
    await scanReminders(t.db, context);
    expect(await rowsFor(todo)).toEqual([
      { recipient_user_id: colleague.user.id, kind: 'todoDue', in_app: false, email: 'each' },
    ]);
    expect((await listOf(colleague)).map((n) => n.kind)).toEqual([]);
    const mails = await remindersMailedTo(colleague.user.id);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toContain('Offerte opvragen');
    expect(mails[0]?.body).toContain(`https://eenplan.test/governance/todos`);
    // The worker kept the default: no single mails.
    expect(await remindersMailedTo(worker.user.id)).toEqual([]);
  });
});

describe('the daily digest', () => {
  let smtp: TestSmtp;
  let mailWorker: { stop: () => Promise<void> };
  beforeAll(async () => {
    smtp = await startTestSmtp();
    mailWorker = await startMailDelivery({
      db: t.db,
      connectionString: t.database.url,
      smtp: smtp.config,
      maxAttempts: 3,
      clock,
      pollIntervalMs: 100,
    });
  });
  afterAll(async () => {
    await mailWorker.stop();
    await smtp.stop();
  });

  it('mails each person who chose it one digest of their reminders, in their language, once', async () => {
    expect((await worker.put('/api/v1/auth/locale', { locale: 'en' })).status).toBe(204);
    const waiting = await t.db.execute(
      sql`select count(*)::int as n from notifications where recipient_user_id = ${worker.user.id} and email = 'digest' and digested_at is null`,
    );
    const count = Number(waiting.rows[0]?.n);
    expect(count).toBeGreaterThanOrEqual(5);

    const queued = await queueDigests(t.db, context);
    expect(queued).toBeGreaterThanOrEqual(2); // the worker, the coordinator (and the other collaboration's)
    const jobs = await t.db.execute(
      sql`select key from graphile_worker.jobs where key = ${`digest:${worker.user.id}:${DAY}`}`,
    );
    expect(jobs.rows).toHaveLength(1);

    const tenantId = tenant.collaboration.id;
    expect(await sendDigest(t.db, context, { collaborationId: tenantId, userId: worker.user.id })).toBe(
      count,
    );
    // Run again (a retried job): nothing left, nothing sent.
    expect(await sendDigest(t.db, context, { collaborationId: tenantId, userId: worker.user.id })).toBe(0);

    // The mails queued before (referral answers, to-dos, invitations) are delivered first.
    const isDigest = (m: { subject?: string }) => m.subject?.startsWith('eenplan: your reminders') === true;
    const end = performance.now() + 15_000;
    while (!smtp.received.some(isDigest)) {
      if (performance.now() > end) throw new Error('no digest arrived');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await new Promise((resolve) => setTimeout(resolve, 500)); // nothing more on its way
    const digests = smtp.received.filter(isDigest);
    expect(digests).toHaveLength(1);
    const [digest] = digests;
    expect(digest?.subject).toBe('eenplan: your reminders of 10 March 2027');
    expect(digest?.text).toContain('Bridging help: a contact with the family is needed by 1 March 2027.');
    expect(digest?.text).toContain('Jaarcijfers nakijken');
    expect(digest?.text).toContain(`https://eenplan.test/families/${ids.bridgingFamily}`);
    expect(digest?.text).toContain(`https://eenplan.test/governance/meetings/${ids.meeting}`);
    expect(digest?.text).not.toMatch(/Zorggezin|Testouder/);
  });

  it('sends nothing to a person without waiting reminders', async () => {
    expect(
      await sendDigest(t.db, context, { collaborationId: tenant.collaboration.id, userId: staff.user.id }),
    ).toBe(0);
  });
});

describe('my notifications', () => {
  it('counts the unread, marks one and all read', async () => {
    const count = await worker.get('/api/v1/notifications/unread-count');
    const items = await listOf(worker);
    expect(count.body.unread).toBe(items.length);
    const first = items[0] as Listed;
    const read = await worker.post(`/api/v1/notifications/${first.id}/read`);
    expect(read.status).toBe(200);
    expect(read.body.readAt).not.toBeNull();
    expect((await worker.get('/api/v1/notifications/unread-count')).body.unread).toBe(items.length - 1);
    const all = await worker.post('/api/v1/notifications/read-all');
    expect(all.body.marked).toBe(items.length - 1);
    expect((await worker.get('/api/v1/notifications/unread-count')).body.unread).toBe(0);
  });

  it('are never another person’s: their notification is not found', async () => {
    const [theirs] = await listOf(desk);
    const res = await worker.post(`/api/v1/notifications/${theirs?.id}/read`);
    expect([res.status, res.body.error.code]).toEqual([404, 'NOTIFICATION_NOT_FOUND']);
    const fromElsewhere = await stranger.post(`/api/v1/notifications/${theirs?.id}/read`);
    expect(fromElsewhere.status).toBe(404);
    expect((await listOf(desk)).find((n) => n.id === theirs?.id)).toBeDefined();
  });
});

describe('the reminder jobs', () => {
  it('scan at the start of the worker, as `npm start` runs them', async () => {
    const todo = await todoFor(desk, addDays(DAY, 1), 'Begroting voorstellen');
    const jobs = await startNotificationJobs({
      db: t.db,
      connectionString: t.database.url,
      pollIntervalMs: 100,
      ...context,
    });
    try {
      const end = performance.now() + 15_000;
      while ((await rowsFor(todo)).length === 0) {
        if (performance.now() > end) throw new Error('the scan did not run');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(await rowsFor(todo)).toHaveLength(1);
    } finally {
      await jobs.stop();
    }
  });
});
