// On first start the demo collaboration shows a living team: families at every stage of their
// journey, assigned to the demo liaison worker and coach, and a caseload for the others.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { firstRun } from '../../src/server/setup/first-run';
import { createTestDatabase } from '../support/test-database';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let app: Awaited<ReturnType<typeof buildApp>>;

beforeAll(async () => {
  database = await createTestDatabase();
  await firstRun(database.db, { adminEmail: null, adminPassword: null });
  app = await buildApp({ database, databaseKind: 'external' });
}, 120_000);

afterAll(async () => {
  await app?.close();
  await database?.drop();
});

async function as(email: string) {
  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password: 'eenplan-demo' },
  });
  const cookie = String(login.headers['set-cookie']).split(';')[0] as string;
  return (url: string) => app.inject({ method: 'GET', url, headers: { cookie } }).then((r) => r.json());
}

describe('the demo journey', () => {
  it('has trajectories of every kind, open and closed with the family’s rating', async () => {
    const rows = await database.owner.db.execute(
      sql`select kind, status, count(*)::int as n, count(family_rating)::int as rated from trajectories group by kind, status order by kind, status`,
    );
    const seen = new Set(
      (rows.rows as { kind: string; status: string }[]).map((r) => `${r.kind}/${r.status}`),
    );
    for (const k of [
      'shortTerm/open',
      'shortTerm/closed',
      'bridging/open',
      'handover/open',
      'handover/closed',
      'movingOut/open',
      'familyCare/open',
    ])
      expect(seen, k).toContain(k);
    const closed = (rows.rows as { status: string; n: number; rated: number }[]).filter(
      (r) => r.status === 'closed',
    );
    expect(closed.every((r) => r.rated === r.n)).toBe(true);
  });

  it('has a young family in family care past its 12 project weeks, with a week above 8 hours (R5)', async () => {
    const liaison = await as('liaison@demo.eenplan.be');
    const families = await liaison('/api/v1/worklist/families');
    const inCare = families.find((f: { openTrajectories: { kind: string }[] }) =>
      f.openTrajectories.some((o) => o.kind === 'familyCare'),
    );
    const [care] = (await liaison(`/api/v1/families/${inCare.id}/trajectories`)).filter(
      (tr: { kind: string }) => tr.kind === 'familyCare',
    );
    expect(care.familyCare).toMatchObject({
      isReferrerPresent: true,
      firstContact: { state: 'onTime' },
      isPastProjectWeeks: true,
    });
    const weeks = care.familyCare.weeks as { week: number; minutes: number | null; otherMinutes: number }[];
    expect(weeks.some((w) => w.week <= 12 && (w.minutes ?? 0) > 480 && w.otherMinutes > 0)).toBe(true);
    expect(weeks.find((w) => w.week === 13)?.otherMinutes).toBeGreaterThan(0);
  });

  it('gives the demo liaison worker a living week, and the coordinator a waiting list and a team', async () => {
    const liaison = await as('liaison@demo.eenplan.be');
    const week = await liaison('/api/v1/worklist/week');
    const kinds = new Set(week.items.map((i: { kind: string }) => i.kind));
    for (const k of [
      'bridgingContact',
      'shortTermEnd',
      'extensionToAccept',
      'planAction',
      'coordinationMeeting',
    ])
      expect(kinds, k).toContain(k);
    expect((await liaison('/api/v1/worklist/families')).length).toBeGreaterThanOrEqual(8);

    const coordinator = await as('coordinator@demo.eenplan.be');
    const waiting = await coordinator('/api/v1/worklist/waiting-list');
    expect(waiting.entries.some((e: { kind: string }) => e.kind === 'followUpCare')).toBe(true);
    expect(waiting.entries.filter((e: { kind: string }) => e.kind === 'team').length).toBeGreaterThan(5);
    const caseload = await coordinator('/api/v1/worklist/caseload');
    expect(caseload.workers.length).toBeGreaterThanOrEqual(5);
    expect(caseload.unassigned.length).toBeGreaterThan(0);
    expect(caseload.firstSteps.plan.measured).toBeGreaterThan(0);
  });

  it('has family coaches (one volunteer full at a lowered limit of 3), matches and families waiting (R23)', async () => {
    const coordinator = await as('coordinator@demo.eenplan.be');
    const { coaches } = await coordinator('/api/v1/coaching/coaches');
    expect(coaches.length).toBeGreaterThanOrEqual(3);
    expect(coaches.some((c: { isVolunteer: boolean }) => !c.isVolunteer)).toBe(true);
    expect(coaches).toContainEqual(
      expect.objectContaining({ isVolunteer: true, caseloadLimit: 3, running: 3, isFull: true }),
    );
    expect(coaches).toContainEqual(expect.objectContaining({ isAbsentToday: true }));
    const waiting = (await coordinator('/api/v1/coaching/waiting-list')).entries;
    expect(waiting.length).toBeGreaterThanOrEqual(3);
    expect(waiting.every((e: { suggestedCoach: unknown }) => e.suggestedCoach !== null)).toBe(true);
    expect((await coordinator('/api/v1/coaching/matches')).matches.length).toBeGreaterThanOrEqual(6);
  });
});

describe('the demo money (issue #10: what the screens say is true)', () => {
  it('books the add-on line for the add-on trajectories started, € 1.500 each, the latest not yet paid', async () => {
    const get = await as('leadpartner@demo.eenplan.be');
    const year = Number(new Date().toISOString().slice(0, 4));
    let started = 0;
    for (const y of [year - 1, year]) {
      const addOn = (await get(`/api/v1/reports/funding?year=${y}`)).lines.find(
        (l: { code: string }) => l.code === 'addOn',
      );
      const paid = y < year ? addOn.started : Math.max(0, addOn.started - 1);
      expect(addOn).toMatchObject({
        startsCommittedCents: addOn.started * 150_000,
        spentCents: paid * 150_000,
        committedCents: (addOn.started - paid) * 150_000,
        leftCents: 3_000_000 - addOn.started * 150_000,
      });
      started += addOn.started;
    }
    expect(started).toBeGreaterThan(0);
  });
});

describe('the demo outbox (issue 12 point 5)', () => {
  it('shows the administrator the mails the demo’s actions queued, held: its addresses are fictional', async () => {
    const admin = await as('admin@demo.eenplan.be');
    const { items } = await admin('/api/v1/admin/outbox');
    const templates = new Set(items.map((m: { template: string }) => m.template));
    for (const template of ['meeting-invitation', 'referral-started', 'referral-not-started'])
      expect(templates, template).toContain(template);
    expect(items.every((m: { status: string }) => m.status === 'held')).toBe(true);
  });
});
