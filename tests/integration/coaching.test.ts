// R23 through HTTP on real PostgreSQL: the central registration point of family coaching —
// families referred on the coaching line wait, a coach is suggested (region first, then free
// places), matched within the coach's caseload limit, lowered from 7 to 3 by the lead partner.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayIso } from '../../src/domain/dates';
import { createOrganisation } from '../../src/server/modules/network';
import { referralBody } from '../support/factories';
import { type Session, setupTestApp } from '../support/test-app';

const t = await setupTestApp();
const today = todayIso();
const SINT_NIKLAAS = '46021'; // elz57
const DENDERMONDE = '42006'; // elz9
const C = '/api/v1/coaching';

let tenant: Awaited<ReturnType<typeof t.createTenant>>;
let lead: Session;
let desk: Session;
let hvhk: string;
const coach: Record<'anouk' | 'bram' | 'celine' | 'liaison', string> = {
  anouk: '',
  bram: '',
  celine: '',
  liaison: '',
};
const family: Record<string, { familyId: string; referralId: string }> = {};
let births = 0;

const worker = (over: Record<string, unknown>) => ({
  homeOrganisationId: hvhk,
  fteTeam: 20,
  fteHomeOrganisation: 80,
  secondmentStart: '2025-01-01',
  ...over,
});

async function addWorker(body: Record<string, unknown>) {
  const res = await lead.post('/api/v1/team/workers', worker(body));
  expect(res.status, res.text).toBe(201);
  return res.body.workers.find((w: { displayName: string }) => w.displayName === body.displayName);
}

/** A family referred for family coaching `daysAgo`, started or put on the waiting list. */
async function referred(name: string, daysAgo: number, outcome = 'waitingList', nis = SINT_NIKLAAS) {
  births += 1;
  const res = await desk.post(
    '/api/v1/referrals',
    referralBody({
      receivedOn: addDays(today, -daysAgo),
      fundingLine: 'familyCoaching',
      family: {
        municipalityNis: nis,
        members: [
          {
            role: 'child',
            givenName: `Kind${births}`,
            familyName: name,
            birthDate: `2016-03-${10 + births}`,
          },
        ],
      },
    }),
  );
  expect(res.status, res.text).toBe(201);
  const decided = await desk.post(`/api/v1/referrals/${res.body.id}/decision`, {
    outcome,
    decidedOn: res.body.receivedOn,
  });
  expect(decided.status, decided.text).toBe(200);
  family[name] = { familyId: res.body.familyId, referralId: res.body.id };
  return family[name];
}

const match = (name: string, coachId: string, extra: Record<string, unknown> = {}) =>
  desk.post(`${C}/matches`, { familyId: family[name]?.familyId, coachId, ...extra });

const waitingList = async () =>
  (await desk.get(`${C}/waiting-list`)).body.entries as {
    familyLabel: string;
    suggestedCoach: { id: string } | null;
    [k: string]: unknown;
  }[];
const coachOf = async (id: string) =>
  (await desk.get(`${C}/coaches`)).body.coaches.find((c: { id: string }) => c.id === id);

beforeAll(async () => {
  tenant = await t.createTenant();
  lead = await tenant.as('leadPartner');
  desk = await tenant.as('coordinator');
  hvhk = (
    await createOrganisation(t.db, {
      collaborationId: tenant.collaboration.id,
      kind: 'huisVanHetKind',
      name: 'Huis van het Kind Test',
    })
  ).id;
  coach.anouk = (
    await addWorker({ displayName: 'Anouk Coach', function: 'familyCoach', zoneCode: 'elz57' })
  ).id;
  coach.bram = (
    await addWorker({
      displayName: 'Bram Vrijwilliger',
      function: 'volunteerFamilyCoach',
      zoneCode: 'elz9',
      caseloadLimit: 3,
    })
  ).id;
  coach.celine = (
    await addWorker({ displayName: 'Celine Afwezig', function: 'volunteerFamilyCoach', zoneCode: 'elz57' })
  ).id;
  await lead.post(`/api/v1/team/workers/${coach.celine}/absences`, {
    startsOn: addDays(today, -1),
    endsOn: addDays(today, 14),
  });
  coach.liaison = (
    await addWorker({
      displayName: 'Lien Verbinder',
      function: 'liaisonWorker',
      fteTeam: 80,
      fteHomeOrganisation: 20,
      caseloadLimit: 5, // ignored: only family coaches have a limit
    })
  ).id;
  await referred('Eerste', 30);
  await referred('Tweede', 20, 'started', DENDERMONDE);
  await referred('Derde', 10);
});

describe('coaches in the team (R23)', () => {
  it('have a caseload limit of 7 unless lowered; nobody else has one; above 7 is refused', async () => {
    const team = (await lead.get('/api/v1/team')).body;
    const limitOf = (id: string) => team.workers.find((w: { id: string }) => w.id === id).caseloadLimit;
    expect([limitOf(coach.anouk), limitOf(coach.bram), limitOf(coach.liaison)]).toEqual([7, 3, null]);
    // Family coaches are not seconded: no R11 breach for 20% in the team.
    expect(team.breaches).toEqual([]);
    const tooMany = await lead.post(
      '/api/v1/team/workers',
      worker({ displayName: 'Te Veel', function: 'familyCoach', caseloadLimit: 8 }),
    );
    expect([tooMany.status, tooMany.body.error.details[0].field]).toEqual([400, 'caseloadLimit']);
  });

  it('are listed with organisation, region, limit, running families, free places and absence', async () => {
    const res = await desk.get(`${C}/coaches`);
    expect(res.status).toBe(200);
    expect(res.body.coaches.map((c: { displayName: string }) => c.displayName)).toEqual([
      'Anouk Coach',
      'Bram Vrijwilliger',
      'Celine Afwezig',
    ]);
    expect(await coachOf(coach.bram)).toMatchObject({
      function: 'volunteerFamilyCoach',
      isVolunteer: true,
      organisationName: 'Huis van het Kind Test',
      zone: { code: 'elz9', name: 'Dender' },
      caseloadLimit: 3,
      running: 0,
      freePlaces: 3,
      isFull: false,
      isOverLimit: false,
      isAbsentToday: false,
    });
    expect((await coachOf(coach.celine)).isAbsentToday).toBe(true);
  });
});

describe('the waiting list for a coach', () => {
  it('lists the families referred for coaching, longest waiting first, with region and a suggestion', async () => {
    await desk.post('/api/v1/referrals', referralBody({ fundingLine: 'regular' })); // another line
    const res = await desk.get(`${C}/waiting-list`);
    expect(res.status).toBe(200);
    expect(
      res.body.entries.map((e: Record<string, { code: string; id: string }>) => [
        e.familyLabel,
        e.since,
        e.waitingDays,
        e.position,
        e.zone?.code,
        e.suggestedCoach?.id,
      ]),
    ).toEqual([
      ['Eerste', addDays(today, -30), 30, 1, 'elz57', coach.anouk], // Celine is absent: never suggested
      ['Tweede', addDays(today, -20), 20, 2, 'elz9', coach.bram], // the family's region first
      ['Derde', addDays(today, -10), 10, 3, 'elz57', coach.anouk],
    ]);
  });

  it('writes an audit row for every family listed', async () => {
    const before = await auditCount('list', 'family', "details->>'view' = 'coachWaitingList'");
    await desk.get(`${C}/waiting-list`);
    expect((await auditCount('list', 'family', "details->>'view' = 'coachWaitingList'")) - before).toBe(3);
  });
});

describe('matching a family to a coach', () => {
  it('matches the suggested coach without a reason; the family leaves both waiting lists', async () => {
    const res = await match('Eerste', coach.anouk);
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({
      familyLabel: 'Eerste',
      coach: { id: coach.anouk, displayName: 'Anouk Coach', isVolunteer: false },
      referralId: family.Eerste?.referralId,
      matchedOn: today,
      endedOn: null,
      suggestedCoachId: coach.anouk,
      choiceReason: null,
    });
    expect(res.body.matchedByName).toMatch(/^Test coordinator/);
    expect((await waitingList()).map((e) => e.familyLabel)).toEqual(['Tweede', 'Derde']);
    expect((await coachOf(coach.anouk)).running).toBe(1);
    // The team's own waiting list (R18) no longer shows the family either.
    const team = (await desk.get('/api/v1/worklist/waiting-list')).body.entries;
    expect(team.map((e: { familyLabel: string }) => e.familyLabel)).not.toContain('Eerste');
    expect(team.map((e: { familyLabel: string }) => e.familyLabel)).toContain('Derde');
    expect(await auditCount('create', 'coachMatch', `entity_id = '${res.body.id}'`)).toBe(1);
  });

  it('refuses a second running match for the family (409), also in the database', async () => {
    const res = await match('Eerste', coach.bram, { reason: 'Tweede poging' });
    expect([res.status, res.body.error.code]).toEqual([409, 'FAMILY_ALREADY_MATCHED']);
    const { familyId } = family.Eerste as { familyId: string };
    await expect(
      t.db.execute(
        sql`insert into coach_matches (collaboration_id, family_id, coach_worker_id, matched_on, matched_by, matched_by_name)
            select collaboration_id, family_id, coach_worker_id, matched_on, matched_by, matched_by_name
            from coach_matches where family_id = ${familyId}`,
      ),
    ).rejects.toMatchObject({ cause: { code: '23505' } }); // the partial unique index
  });

  it('asks a reason for another coach than the suggested one, and keeps it', async () => {
    const refused = await match('Tweede', coach.anouk);
    expect([refused.status, refused.body.error.code, refused.body.error.details[0].field]).toEqual([
      422,
      'COACH_CHOICE_REASON_REQUIRED',
      'reason',
    ]);
    const res = await match('Tweede', coach.anouk, { reason: 'Het gezin kent Anouk van de buurtwerking.' });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({
      suggestedCoachId: coach.bram,
      choiceReason: 'Het gezin kent Anouk van de buurtwerking.',
    });
  });

  it('refuses what is no family coach, and a family without a coaching referral', async () => {
    const notCoach = await match('Derde', coach.liaison, { reason: 'x' });
    expect([notCoach.status, notCoach.body.error.code, notCoach.body.error.details[0].field]).toEqual([
      422,
      'COACH_NOT_ACTIVE_FAMILY_COACH',
      'coachId',
    ]);
    const regular = await desk.post('/api/v1/referrals', referralBody({ fundingLine: 'regular' }));
    const res = await desk.post(`${C}/matches`, { familyId: regular.body.familyId, coachId: coach.anouk });
    expect([res.status, res.body.error.code]).toEqual([422, 'COACH_REFERRAL_MISSING']);
  });
});

describe('the caseload limit', () => {
  it('fills a volunteer at exactly 3 of 3, refuses the 4th with the limit, and stops suggesting her', async () => {
    for (const name of ['Vier', 'Vijf', 'Zes']) {
      await referred(name, 5, 'started', DENDERMONDE);
      expect((await match(name, coach.bram)).status).toBe(201); // suggested each time: same region
    }
    expect(await coachOf(coach.bram)).toMatchObject({
      running: 3,
      freePlaces: 0,
      isFull: true,
      isOverLimit: false,
    });
    await referred('Zeven', 4, 'waitingList', DENDERMONDE);
    const full = await match('Zeven', coach.bram, { reason: 'Zelfde buurt' });
    expect(full.status).toBe(422);
    expect(full.body.error).toMatchObject({
      code: 'COACH_CASELOAD_FULL',
      details: [{ field: 'coachId', limit: 3, running: 3 }],
    });
    expect(full.body.error.message).toContain('limiet van 3');
    const zeven = (await waitingList()).find((e) => e.familyLabel === 'Zeven');
    expect(zeven?.suggestedCoach?.id).toBe(coach.anouk); // another region, but a free place
  });

  it('lowering 7 to 3 with 4 running: over the limit, never suggested, nothing ended', async () => {
    for (const name of ['Acht', 'Negen']) {
      await referred(name, 3);
      expect((await match(name, coach.anouk)).status).toBe(201);
    }
    expect((await coachOf(coach.anouk)).running).toBe(4);
    const team = (await lead.get('/api/v1/team')).body;
    const anouk = team.workers.find((w: { id: string }) => w.id === coach.anouk);
    const {
      id: _id,
      homeOrganisationName: _o,
      isActive: _a,
      absences: _b,
      isAbsentToday: _t,
      ...input
    } = anouk;
    const lowered = await lead.put(`/api/v1/team/workers/${coach.anouk}`, {
      ...input,
      caseloadLimit: 3,
      baseVersion: anouk.version,
    });
    expect(lowered.status, lowered.text).toBe(200);
    expect(await coachOf(coach.anouk)).toMatchObject({
      caseloadLimit: 3,
      running: 4,
      freePlaces: 0,
      isFull: true,
      isOverLimit: true,
    });
    expect(
      (await desk.get(`${C}/matches`)).body.matches.filter(
        (m: { coach: { id: string } }) => m.coach.id === coach.anouk,
      ),
    ).toHaveLength(4);
    const waiting = await waitingList();
    expect(waiting.map((e) => e.familyLabel)).toEqual(['Derde', 'Zeven']);
    expect(waiting.every((e) => e.suggestedCoach === null)).toBe(true); // Bram full, Anouk over, Celine absent
    const refused = await match('Derde', coach.anouk, { reason: 'Dringend' });
    expect([refused.status, refused.body.error.code]).toEqual([422, 'COACH_CASELOAD_FULL']);
  });
});

describe('ending a match', () => {
  it('frees a place, once; the family does not wait again unless the coach stopped', async () => {
    const matches = (await desk.get(`${C}/matches`)).body.matches as { id: string; familyLabel: string }[];
    const vier = matches.find((m) => m.familyLabel === 'Vier') as { id: string };
    const early = await desk.post(`${C}/matches/${vier.id}/end`, {
      endedOn: addDays(today, -10),
      reason: 'completed',
    });
    expect([early.status, early.body.error.code]).toEqual([422, 'COACH_MATCH_END_BEFORE_START']);
    const ended = await desk.post(`${C}/matches/${vier.id}/end`, { endedOn: today, reason: 'completed' });
    expect(ended.status, ended.text).toBe(200);
    expect(ended.body).toMatchObject({ endedOn: today, endReason: 'completed' });
    expect(await coachOf(coach.bram)).toMatchObject({ running: 2, freePlaces: 1, isFull: false });
    const again = await desk.post(`${C}/matches/${vier.id}/end`, { endedOn: today, reason: 'completed' });
    expect([again.status, again.body.error.code]).toEqual([409, 'COACH_MATCH_ALREADY_ENDED']);
    expect(await auditCount('close', 'coachMatch', `entity_id = '${vier.id}'`)).toBe(1);

    // The one free place goes to the family that waits longest, even from another region.
    let waiting = await waitingList();
    expect(waiting.map((e) => [e.familyLabel, e.suggestedCoach?.id ?? null])).toEqual([
      ['Derde', coach.bram],
      ['Zeven', null],
    ]);

    const vijf = matches.find((m) => m.familyLabel === 'Vijf') as { id: string };
    await desk.post(`${C}/matches/${vijf.id}/end`, { endedOn: today, reason: 'coachStopped' });
    waiting = await waitingList();
    expect(waiting.find((e) => e.familyLabel === 'Vijf')).toMatchObject({ since: today, isReturning: true });
  });
});

describe('who may use the coaching desk', () => {
  const reads = [`${C}/waiting-list`, `${C}/coaches`, `${C}/matches`];

  it('the coordinator only: liaison workers, the regional coach and steering members get 403', async () => {
    for (const role of ['liaisonWorker', 'coach', 'steeringMember', 'leadPartner'] as const) {
      const someone = await tenant.as(role);
      for (const url of reads) expect((await someone.get(url)).status, `${role} ${url}`).toBe(403);
      const res = await someone.post(`${C}/matches`, {
        familyId: family.Derde?.familyId,
        coachId: coach.anouk,
      });
      expect(res.status, role).toBe(403);
    }
  });

  it('another collaboration gets 404 on this one’s family and match, and empty lists', async () => {
    const other = await t.createTenant();
    const stranger = await other.as('coordinator');
    const res = await stranger.post(`${C}/matches`, {
      familyId: family.Derde?.familyId,
      coachId: coach.anouk,
    });
    expect([res.status, res.body.error.code]).toEqual([404, 'NOT_FOUND']);
    const running = (await desk.get(`${C}/matches`)).body.matches[0].id;
    const end = await stranger.post(`${C}/matches/${running}/end`, { endedOn: today, reason: 'other' });
    expect(end.status).toBe(404);
    expect((await stranger.get(`${C}/waiting-list`)).body.entries).toEqual([]);
    expect((await stranger.get(`${C}/coaches`)).body.coaches).toEqual([]);
    expect((await stranger.get(`${C}/matches`)).body.matches).toEqual([]);
  });

  it('every coaching route declares coaching:manage and is in the OpenAPI document', async () => {
    const routes = t.app.declaredRoutes.filter((r) => r.url.startsWith(C) && r.method !== 'HEAD');
    expect(routes).toHaveLength(5);
    for (const r of routes) expect(r.access, r.url).toBe('coaching:manage');
    const doc = await t.request('GET', '/api/docs/json');
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([`${C}/waiting-list`, `${C}/coaches`, `${C}/matches`, `${C}/matches/{id}/end`]),
    );
  });
});

async function auditCount(action: string, entityType: string, where: string) {
  const rows = await t.db.execute(
    sql.raw(
      `select count(*)::int as n from audit_events where collaboration_id = '${tenant.collaboration.id}' and action = '${action}' and entity_type = '${entityType}' and ${where}`,
    ),
  );
  return (rows.rows[0] as { n: number }).n;
}

describe('the data migration of the family-coaching line', () => {
  it('gives an existing collaboration the line after its own, once, however often it runs', async () => {
    const other = await t.createTenant();
    const id = other.collaboration.id;
    await t.db.execute(
      sql`delete from funding_lines where collaboration_id = ${id} and code = 'familyCoaching'`,
    );
    const dir = path.resolve(import.meta.dirname, '../../migrations');
    const file = (await readdir(dir)).find((f) => f.endsWith('_family_coaching_line.sql')) as string;
    const statements = (await readFile(path.join(dir, file), 'utf8')).split('--> statement-breakpoint');
    for (let run = 0; run < 2; run += 1) for (const s of statements) await t.db.execute(sql.raw(s));
    const lines = await t.db.execute(
      sql`select code, name, sort_order from funding_lines where collaboration_id = ${id} order by sort_order`,
    );
    const rows = lines.rows as { code: string; name: string; sort_order: number }[];
    expect(rows.filter((r) => r.code === 'familyCoaching')).toEqual([
      { code: 'familyCoaching', name: 'Gezinscoaching', sort_order: rows.length - 1 },
    ]);
    expect(rows.map((r) => r.sort_order)).toEqual(rows.map((_, i) => i));
  });
});
