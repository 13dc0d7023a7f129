// R5 family care as a trajectory: only for a family with a child from pregnancy to 3 years and
// only on the family-care line; hours per care week split into project-funded (8 hours a week,
// 12 weeks) and not; the provider's first contact within 5 days; the referrer at the first talk.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayIso } from '../../src/domain/dates';
import { careWeekStartsOn } from '../../src/domain/family-care';
import { assign, startedFamily } from '../support/journey';
import { type Session, setupTestApp } from '../support/test-app';

const t = await setupTestApp();
const today = todayIso();
let tenant: Awaited<ReturnType<typeof t.createTenant>>;
let desk: Session;
let worker: Session;

beforeAll(async () => {
  tenant = await t.createTenant();
  desk = await tenant.as('coordinator');
  worker = await tenant.as('liaisonWorker');
});

const baby = (receivedOn: string) => ({
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

/** An eligible family, referred on the family-care line `daysAgo` days ago, assigned to the worker. */
async function youngFamily(daysAgo = 101) {
  const receivedOn = addDays(today, -daysAgo);
  const started = await startedFamily(desk, {
    fundingLine: 'familyCare',
    receivedOn,
    family: baby(receivedOn),
  });
  await assign(desk, started.familyId, worker, receivedOn);
  return { ...started, receivedOn };
}

const start = (familyId: string, body: Record<string, unknown>) =>
  worker.post(`/api/v1/families/${familyId}/trajectories`, {
    kind: 'familyCare',
    fundingLine: 'familyCare',
    familyCare: { provider: 'Gezinszorg Test' },
    ...body,
  });
/** Records a week as someone who just read it: from its current version (0 when not recorded). */
async function week(id: string, n: number | string, minutes: number) {
  const found = await t.db.execute(
    sql`select version from family_care_weeks where trajectory_id = ${id} and week = ${Number(n) || 0}`,
  );
  const baseVersion = (found.rows[0] as { version: number } | undefined)?.version ?? 0;
  return worker.put(`/api/v1/trajectories/${id}/care-weeks/${n}`, { minutes, baseVersion });
}

describe('starting family care (R5)', () => {
  it('is refused for a family with only a 5-year-old, and on another line', async () => {
    const older = await startedFamily(desk, {
      family: { municipalityNis: '46021', members: [{ role: 'child', birthDate: addDays(today, -5 * 366) }] },
    });
    await assign(desk, older.familyId, worker);
    const refused = await start(older.familyId, {});
    expect([refused.status, refused.body.error.code]).toEqual([422, 'FAMILY_CARE_NOT_ELIGIBLE']);
    expect(refused.body.error.details[0].field).toBe('family.members');

    const { familyId } = await youngFamily(10);
    const otherLine = await start(familyId, { fundingLine: 'regular' });
    expect([otherLine.status, otherLine.body.error.code]).toEqual([422, 'FAMILY_CARE_LINE_REQUIRED']);
    expect(otherLine.body.error.details[0].field).toBe('fundingLine');
    const noProvider = await start(familyId, { familyCare: {} });
    expect(noProvider.status).toBe(400);
  });

  it('dates the referral from the family’s referral, and counts the first contact from it', async () => {
    const { familyId, referralId, receivedOn } = await youngFamily(3);
    const res = await start(familyId, { referralId, startedOn: today });
    expect(res.status).toBe(201);
    expect(res.body.familyCare).toMatchObject({
      provider: 'Gezinszorg Test',
      referredOn: receivedOn,
      firstContactOn: null,
      isReferrerPresent: null,
      firstContact: { state: 'due', dueOn: addDays(receivedOn, 5), daysLate: 0 },
      currentWeek: 1,
      projectWeeks: 12,
      projectWeeksUsed: 1,
      isPastProjectWeeks: false,
    });
    const week1 = await worker.get('/api/v1/worklist/week');
    expect(week1.body.items).toContainEqual(
      expect.objectContaining({ kind: 'familyCareFirstContact', familyId, subject: 'Gezinszorg Test' }),
    );

    const id = res.body.id;
    const before = await worker.put(`/api/v1/trajectories/${id}`, {
      familyCare: { firstContactOn: addDays(receivedOn, -1) },
      baseVersion: 1,
    });
    expect([before.status, before.body.error.code]).toEqual([422, 'FIRST_CONTACT_BEFORE_REFERRAL']);
    expect(before.body.error.details[0].field).toBe('familyCare.firstContactOn');
    const future = await worker.put(`/api/v1/trajectories/${id}`, {
      familyCare: { firstContactOn: addDays(today, 1) },
      baseVersion: 1,
    });
    expect(future.body.error.code).toBe('FIRST_CONTACT_IN_FUTURE');
    const recorded = await worker.put(`/api/v1/trajectories/${id}`, {
      familyCare: { firstContactOn: addDays(receivedOn, 2), isReferrerPresent: true },
      baseVersion: 1,
    });
    expect(recorded.body.familyCare).toMatchObject({
      provider: 'Gezinszorg Test',
      firstContactOn: addDays(receivedOn, 2),
      isReferrerPresent: true,
      firstContact: { state: 'onTime', daysLate: 0 },
    });
    const after = await worker.get('/api/v1/worklist/week');
    expect(after.body.items.filter((i: { kind: string }) => i.kind === 'familyCareFirstContact')).toEqual([]);
  });

  it('tells a late first contact by its days, and refuses family-care details on another kind', async () => {
    const { familyId } = await youngFamily(20);
    const res = await start(familyId, {
      startedOn: addDays(today, -10),
      familyCare: {
        provider: 'Gezinszorg Test',
        referredOn: addDays(today, -14),
        firstContactOn: addDays(today, -8),
      },
    });
    expect(res.body.familyCare.firstContact).toEqual({
      state: 'late',
      dueOn: addDays(today, -9),
      daysLate: 1,
    });
    const afterStart = await start(familyId, {
      kind: 'shortTerm',
      fundingLine: 'regular',
      familyCare: undefined,
    });
    expect(afterStart.status).toBe(201);
    const wrong = await worker.put(`/api/v1/trajectories/${afterStart.body.id}`, {
      familyCare: { isReferrerPresent: false },
      baseVersion: 1,
    });
    expect([wrong.status, wrong.body.error.code]).toEqual([422, 'DETAILS_NOT_FOR_KIND']);
    const hours = await week(afterStart.body.id, 1, 60);
    expect([hours.status, hours.body.error.code]).toEqual([422, 'CARE_WEEKS_NOT_FOR_KIND']);
    const again = await start(familyId, { startedOn: addDays(today, -10) });
    expect(again.status).toBe(409); // one family care at a time
  });
});

describe('hours per care week (R5: 8 hours a week, 12 weeks paid by the project)', () => {
  it('splits a week of 9 hours into 8 paid and 1 not; week 13 is not paid at all; a correction replaces the week', async () => {
    const { familyId } = await youngFamily(101);
    const startedOn = addDays(today, -95); // today is in care week 14
    const trajectory = (await start(familyId, { startedOn })).body;
    const id = trajectory.id;

    const nine = await week(id, 2, 9 * 60);
    expect(nine.status).toBe(200);
    expect(nine.body.familyCare.weeks[1]).toMatchObject({
      week: 2,
      startsOn: addDays(startedOn, 7),
      endsOn: addDays(startedOn, 13),
      minutes: 540,
      projectMinutes: 480,
      otherMinutes: 60,
      isProjectWeek: true,
      recordedBy: worker.user.displayName,
    });
    const thirteen = await week(id, 13, 150);
    expect(thirteen.body.familyCare.weeks[12]).toMatchObject({
      week: 13,
      minutes: 150,
      projectMinutes: 0,
      otherMinutes: 150,
      isProjectWeek: false,
    });
    expect(thirteen.body.familyCare).toMatchObject({
      totals: { minutes: 690, projectMinutes: 480, otherMinutes: 210 },
      currentWeek: 14,
      projectWeeksUsed: 12,
      isPastProjectWeeks: true,
    });
    expect(thirteen.body.familyCare.weeks).toHaveLength(14);
    expect(thirteen.body.familyCare.weeks[0].minutes).toBeNull(); // week 1 not recorded

    const corrected = await week(id, 2, 7 * 60 + 30);
    expect(corrected.body.familyCare.weeks[1]).toMatchObject({
      minutes: 450,
      projectMinutes: 450,
      otherMinutes: 0,
    });
    expect(corrected.body.familyCare.totals).toEqual({
      minutes: 600,
      projectMinutes: 450,
      otherMinutes: 150,
    });
    const rows = await t.db.execute(
      sql`select week, minutes from family_care_weeks where trajectory_id = ${id} order by week`,
    );
    expect(rows.rows).toEqual([
      { week: 2, minutes: 450 },
      { week: 13, minutes: 150 },
    ]);

    // The money page: the year's care hours, paid by the project or not, by the year a week starts in.
    const lead = await tenant.as('leadPartner');
    const yearOf = (n: number) => careWeekStartsOn(startedOn, n).slice(0, 4);
    for (const year of new Set([yearOf(2), yearOf(13)])) {
      const overview = await lead.get(`/api/v1/reports/funding?year=${year}`);
      const line = overview.body.lines.find((l: { code: string }) => l.code === 'familyCare');
      expect(line.careMinutes).toEqual({
        minutes: (yearOf(2) === year ? 450 : 0) + (yearOf(13) === year ? 150 : 0),
        projectMinutes: yearOf(2) === year ? 450 : 0,
        otherMinutes: yearOf(13) === year ? 150 : 0,
      });
      expect(overview.body.lines.find((l: { code: string }) => l.code === 'regular').careMinutes).toBeNull();
    }
  });

  it('refuses weeks not begun, impossible minutes, and a closed trajectory', async () => {
    const { familyId } = await youngFamily(30);
    const startedOn = addDays(today, -8); // week 2 began yesterday
    const id = (await start(familyId, { startedOn })).body.id;
    expect((await week(id, 2, 60)).status).toBe(200);
    const future = await week(id, 3, 60);
    expect([future.status, future.body.error.code]).toEqual([422, 'CARE_WEEK_IN_FUTURE']);
    expect(future.body.error.details[0].field).toBe('week');
    expect((await week(id, 0, 60)).status).toBe(400);
    expect((await week(id, 'one', 60)).status).toBe(400);
    expect((await week(id, 1, -1)).status).toBe(400);
    expect((await week(id, 1, 7 * 24 * 60 + 1)).status).toBe(400);
    expect((await week(id, 1, 7 * 24 * 60)).status).toBe(200);
    expect((await week(id, 1, 0)).body.familyCare.weeks[0].minutes).toBe(0);

    const closed = await worker.post(`/api/v1/trajectories/${id}/close`, {
      closedOn: today,
      reason: 'goalsReached',
      baseVersion: 1,
    });
    expect(closed.body.closing.reason).toBe('goalsReached');
    const afterClose = await week(id, 2, 120);
    expect([afterClose.status, afterClose.body.error.code]).toEqual([409, 'TRAJECTORY_ALREADY_CLOSED']);
  });
});

describe('who may record hours, and the audit trail', () => {
  it('a colleague not assigned gets the limited view; another collaboration 404; writes and reads are audited', async () => {
    const { familyId } = await youngFamily(30);
    const id = (await start(familyId, { startedOn: addDays(today, -14) })).body.id;
    const colleague = await tenant.as('liaisonWorker');
    const limited = await colleague.put(`/api/v1/trajectories/${id}/care-weeks/1`, {
      minutes: 60,
      baseVersion: 0,
    });
    expect([limited.status, limited.body.error.code]).toEqual([403, 'FAMILY_FILE_RESTRICTED']);
    expect(limited.body.error.details.askWho.map((p: { id: string }) => p.id)).toEqual([worker.user.id]);
    const stranger = await (await t.createTenant()).as('coordinator');
    expect(
      (await stranger.put(`/api/v1/trajectories/${id}/care-weeks/1`, { minutes: 60, baseVersion: 0 })).status,
    ).toBe(404);
    const none = await t.db.execute(
      sql`select count(*)::int as n from family_care_weeks where trajectory_id = ${id}`,
    );
    expect((none.rows[0] as { n: number }).n).toBe(0);

    await week(id, 1, 540);
    await worker.get(`/api/v1/families/${familyId}/trajectories`);
    const audit = await t.db.execute(
      sql`select action, entity_type, details from audit_events where family_id = ${familyId} and actor_user_id = ${worker.user.id} order by id`,
    );
    const rows = audit.rows as { action: string; entity_type: string; details: Record<string, unknown> }[];
    expect(rows).toContainEqual(
      expect.objectContaining({
        action: 'create',
        entity_type: 'trajectory',
        details: expect.objectContaining({ kind: 'familyCare', fundingLine: 'familyCare' }),
      }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({
        action: 'update',
        entity_type: 'trajectory',
        details: {
          part: 'careWeek',
          week: 1,
          version: 1,
          minutes: 540,
          projectMinutes: 480,
          otherMinutes: 60,
        },
      }),
    );
    expect(rows.at(-1)).toMatchObject({ action: 'read', details: { view: 'trajectories' } });
    const colleagueRows = await t.db.execute(
      sql`select details from audit_events where family_id = ${familyId} and actor_user_id = ${colleague.user.id}`,
    );
    expect(colleagueRows.rows).toEqual([{ details: { view: 'limited' } }]);
  });
});
