// Issue #10, point 2: a rule holds on every route that can reach what it guards, not only on the
// route the web app happens to use. One describe per rule; each tries every route that can
// change what the rule guards. (Rules with one route only are proven in their module's tests:
// R1 extension, R20 R21 closing, R23 matches, R28 the family's view — see the ADR.)
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../src/domain/dates';
import { referralBody } from '../support/factories';
import { createSteeringGroup } from '../support/governance-factories';
import { assign, startedFamily } from '../support/journey';
import { type Session, setupTestApp } from '../support/test-app';

const t = await setupTestApp();
const today = todayIso();
const thisYear = Number(today.slice(0, 4));
const lastYear = thisYear - 1;
const G = '/api/v1/governance';
let tenant: Awaited<ReturnType<typeof t.createTenant>>;
let desk: Session;
let worker: Session;
let lead: Session;

beforeAll(async () => {
  tenant = await t.createTenant();
  desk = await tenant.as('coordinator');
  worker = await tenant.as('liaisonWorker');
  lead = await tenant.as('leadPartner');
});

/** A family started on the regular line, with the liaison worker assigned. */
async function regularFamily(overrides: Parameters<typeof referralBody>[0] = {}) {
  const started = await startedFamily(desk, overrides);
  await assign(desk, started.familyId, worker);
  return started;
}

const startTrajectory = (familyId: string, body: Record<string, unknown>) =>
  worker.post(`/api/v1/families/${familyId}/trajectories`, { kind: 'shortTerm', ...body });

async function register(fundingLine: string, receivedOn: string) {
  const r = await desk.post('/api/v1/referrals', referralBody({ fundingLine, receivedOn }));
  expect(r.status).toBe(201);
  return r.body as { id: string; familyId: string; overQuota: boolean };
}

const decideStarted = (id: string, decidedOn: string, overQuotaReason?: string) =>
  desk.post(`/api/v1/referrals/${id}/decision`, { outcome: 'started', decidedOn, overQuotaReason });

async function lineOfYear(code: string, year: number) {
  const res = await lead.get(`/api/v1/reports/funding?year=${year}`);
  return res.body.lines.find((l: { code: string }) => l.code === code);
}

describe('R6: at most 20 add-on trajectories a year — intake and the trajectories route', () => {
  let twentieth: { id: string; familyId: string };

  it('intake: the 20th starts, the 21st is refused', async () => {
    await register('regular', `${thisYear}-01-02`); // a family for the 19 started below
    await t.db.execute(sql`
      insert into referrals (collaboration_id, reference, received_on, funding_line_id, registrant_organisation_kind,
        registrant_organisation_name, family_id, municipality_nis, primary_care_zone_code, is_outside_region,
        request_for_help, consent_to_refer, status, decided_on, created_by)
      select r.collaboration_id, 'AO-' || g, ${`${thisYear}-01-02`}, l.id, 'clb', 'CLB', r.family_id, r.municipality_nis,
        r.primary_care_zone_code, false, 'x', true, 'started', ${`${thisYear}-01-03`}, r.created_by
      from generate_series(1, 19) g, (select * from referrals where collaboration_id = ${tenant.collaboration.id} limit 1) r,
        funding_lines l where l.collaboration_id = ${tenant.collaboration.id} and l.code = 'addOn'`);
    twentieth = await register('addOn', `${thisYear}-01-04`);
    expect((await decideStarted(twentieth.id, `${thisYear}-01-05`)).status).toBe(200);
    const twentyFirst = await register('addOn', `${thisYear}-01-04`);
    const refused = await decideStarted(twentyFirst.id, `${thisYear}-01-05`);
    expect([refused.status, refused.body.error.code]).toEqual([422, 'FUNDING_LINE_CAP_REACHED']);
  });

  it('the trajectories route: no add-on trajectory of its own, so no 21st', async () => {
    const { familyId, referralId } = await regularFamily();
    const own = await startTrajectory(familyId, { fundingLine: 'addOn' });
    expect([own.status, own.body.error.code]).toEqual([422, 'LINE_START_THROUGH_INTAKE']);
    expect(own.body.error.details[0].field).toBe('referralId');
    // Naming a referral of another line does not make it an add-on start either.
    const viaRegular = await startTrajectory(familyId, { fundingLine: 'addOn', referralId });
    expect(viaRegular.body.error.code).toBe('LINE_START_THROUGH_INTAKE');
    expect(await lineOfYear('addOn', thisYear)).toMatchObject({ started: 20, capTrajectories: 20 });
  });

  it('intake: two coordinators starting the last place at once get one start and one refusal', async () => {
    await lead.put(`/api/v1/funding-lines/addOn/years/${lastYear}`, {
      budgetCents: 300_000,
      capTrajectories: 1,
      pricePerTrajectoryCents: 150_000,
    });
    const [a, b] = [
      await register('addOn', `${lastYear}-03-01`),
      await register('addOn', `${lastYear}-03-01`),
    ];
    const other = await tenant.as('coordinator');
    const answers = await Promise.all([
      decideStarted(a.id, `${lastYear}-03-02`),
      other.post(`/api/v1/referrals/${b.id}/decision`, {
        outcome: 'started',
        decidedOn: `${lastYear}-03-02`,
      }),
    ]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 422]);
    expect(await lineOfYear('addOn', lastYear)).toMatchObject({ started: 1 });
  });

  it('help on the add-on start intake counted runs on the line, counted once', async () => {
    await assign(desk, twentieth.familyId, worker);
    const help = await startTrajectory(twentieth.familyId, {
      fundingLine: 'addOn',
      referralId: twentieth.id,
    });
    expect(help.status).toBe(201);
    expect(help.body.fundingLine.code).toBe('addOn');
    expect(await lineOfYear('addOn', thisYear)).toMatchObject({
      started: 20,
      startsCommittedCents: 3_000_000,
    });
  });
});

describe('R4: past the crisis quota only with a reason, counted as a signal in the year of start', () => {
  const reason = 'Jongere terug na crisisopname; geen andere hulp beschikbaar.';
  let overQuota: { id: string; familyId: string; overQuota: boolean };

  it('a referral flagged at arrival in December and started in January counts in January’s year', async () => {
    for (const year of [lastYear, thisYear])
      expect(
        (
          await lead.put(`/api/v1/funding-lines/crisisFollowUp/years/${year}`, {
            budgetCents: 9_000_000,
            targetTrajectories: 1,
          })
        ).status,
      ).toBe(200);
    const first = await register('crisisFollowUp', `${lastYear}-12-01`);
    expect((await decideStarted(first.id, `${lastYear}-12-02`)).status).toBe(200);
    const december = await register('crisisFollowUp', `${lastYear}-12-20`);
    expect(december.overQuota).toBe(true); // last year's quota was used up when it arrived
    // Started in the new year, within the new year's quota: no reason needed, no signal.
    expect((await decideStarted(december.id, `${thisYear}-01-05`)).status).toBe(200);
    expect(await lineOfYear('crisisFollowUp', lastYear)).toMatchObject({ started: 1, overQuotaSignals: 0 });
    expect(await lineOfYear('crisisFollowUp', thisYear)).toMatchObject({ started: 1, overQuotaSignals: 0 });
  });

  it('intake: past this year’s quota a start needs a reason and is a signal of this year', async () => {
    overQuota = await register('crisisFollowUp', `${thisYear}-01-06`);
    expect(overQuota.overQuota).toBe(true);
    const noReason = await decideStarted(overQuota.id, `${thisYear}-01-07`);
    expect([noReason.status, noReason.body.error.code]).toEqual([422, 'OVER_QUOTA_REASON_REQUIRED']);
    expect((await decideStarted(overQuota.id, `${thisYear}-01-07`, reason)).status).toBe(200);
    expect(await lineOfYear('crisisFollowUp', thisYear)).toMatchObject({ started: 2, overQuotaSignals: 1 });
  });

  it('the trajectories route: no crisis follow-up past the quota without intake’s start and reason', async () => {
    const { familyId } = await regularFamily();
    const own = await startTrajectory(familyId, { fundingLine: 'crisisFollowUp' });
    expect([own.status, own.body.error.code]).toEqual([422, 'LINE_START_THROUGH_INTAKE']);
    await assign(desk, overQuota.familyId, worker);
    const help = await startTrajectory(overQuota.familyId, { fundingLine: 'crisisFollowUp' });
    expect(help.status).toBe(201);
    expect(await lineOfYear('crisisFollowUp', thisYear)).toMatchObject({ started: 2, overQuotaSignals: 1 });
  });
});

describe('R5: family care for families with a child up to 3 — intake and every trajectory on its line', () => {
  it('refuses a family of a 12-year-old at intake, as family care, and as other help on the line', async () => {
    const atIntake = await desk.post('/api/v1/referrals', referralBody({ fundingLine: 'familyCare' }));
    expect(atIntake.body.error.code).toBe('FAMILY_CARE_NOT_ELIGIBLE');
    const { familyId } = await regularFamily(); // the factory's child was born in 2014
    const care = await startTrajectory(familyId, {
      kind: 'familyCare',
      fundingLine: 'familyCare',
      familyCare: { provider: 'Gezinszorg Test' },
    });
    expect([care.status, care.body.error.code]).toEqual([422, 'FAMILY_CARE_NOT_ELIGIBLE']);
    const other = await startTrajectory(familyId, { fundingLine: 'familyCare' });
    expect([other.status, other.body.error.code]).toEqual([422, 'FAMILY_CARE_NOT_ELIGIBLE']);
    expect(other.body.error.details[0].field).toBe('family.members');
  });
});

describe('R8: nothing new starts on a line after its end — registration, decision, trajectory', () => {
  it('refuses on every route once the volunteers line has ended', async () => {
    const before = await register('volunteers', `${thisYear}-10-15`);
    const { familyId } = await regularFamily();
    await t.db.execute(
      sql`update funding_lines set ends_on = ${`${thisYear}-10-31`} where collaboration_id = ${tenant.collaboration.id} and code = 'volunteers'`,
    );
    try {
      const registered = await desk.post(
        '/api/v1/referrals',
        referralBody({ fundingLine: 'volunteers', receivedOn: `${thisYear}-11-02` }),
      );
      expect(registered.body.error.code).toBe('FUNDING_LINE_ENDED');
      const decided = await decideStarted(before.id, `${thisYear}-11-03`);
      expect([decided.status, decided.body.error.code]).toEqual([422, 'FUNDING_LINE_ENDED']);
      const trajectory = await startTrajectory(familyId, { fundingLine: 'volunteers' });
      expect([trajectory.status, trajectory.body.error.code]).toEqual([422, 'FUNDING_LINE_ENDED']);
    } finally {
      await t.db.execute(
        sql`update funding_lines set ends_on = '2026-12-31' where collaboration_id = ${tenant.collaboration.id} and code = 'volunteers'`,
      );
    }
  });
});

describe('R14: a principled objection blocks — the advice round, the decisions route and rewording', () => {
  const objection = {
    kind: 'principledObjection',
    againstVisionAndValues: 'Eén gezin, één plan wordt losgelaten.',
    harmToClientsOrStakeholders: 'Gezinnen vertellen hun verhaal opnieuw aan drie hulpverleners.',
  };

  it('refuses a decision on the blocked item on every route, and allows it once withdrawn', async () => {
    const staff = await tenant.as('staffOfficer');
    const steering = await tenant.as('steeringMember');
    const body = await createSteeringGroup(staff, [{ session: steering, name: 'Pieter Stuur' }]);
    const meeting = await staff.post(`${G}/meetings`, {
      bodyId: body.id,
      date: today,
      agenda: [{ title: 'Werktijd flexibel verdelen' }, { title: 'Varia' }],
    });
    const meetingId = meeting.body.id as string;
    const [itemId, otherItemId] = meeting.body.agenda.map((i: { id: string }) => i.id);
    const earlier = await staff.post(`${G}/decisions`, {
      meetingId,
      agendaItemId: itemId,
      text: 'Eerste aanzet.',
    });
    expect(earlier.status).toBe(201);
    const round = await staff.post(`${G}/advice-rounds`, {
      meetingId,
      agendaItemId: itemId,
      title: 'Werktijd flexibel verdelen na 9 maanden',
      proposal: 'Verbindingsmedewerkers verdelen hun werktijd flexibel.',
    });
    const roundId = round.body.id as string;
    const own = await steering.put(
      `${G}/advice-rounds/${roundId}/advice/${body.memberId('Pieter Stuur')}`,
      objection,
    );
    expect(own.body.summary).toMatchObject({ blocking: 1 });

    const viaRound = await staff.post(`${G}/advice-rounds/${roundId}/decision`, { text: 'Akkoord.' });
    expect([viaRound.status, viaRound.body.error.code]).toEqual([
      422,
      'GOVERNANCE_PRINCIPLED_OBJECTION_BLOCKS',
    ]);
    const viaDecisions = await staff.post(`${G}/decisions`, {
      meetingId,
      agendaItemId: itemId,
      text: 'Akkoord.',
    });
    expect([viaDecisions.status, viaDecisions.body.error.code]).toEqual([
      422,
      'GOVERNANCE_PRINCIPLED_OBJECTION_BLOCKS',
    ]);
    expect(viaDecisions.body.error.message).toContain('principieel bezwaar');
    const reworded = await staff.put(`${G}/decisions/${earlier.body.id}`, {
      text: 'Akkoord met het voorstel.',
    });
    expect([reworded.status, reworded.body.error.code]).toEqual([
      422,
      'GOVERNANCE_PRINCIPLED_OBJECTION_BLOCKS',
    ]);
    // Following up an earlier decision, and deciding other items, goes on.
    expect((await staff.put(`${G}/decisions/${earlier.body.id}`, { evaluateOn: null })).status).toBe(200);
    const other = await staff.post(`${G}/decisions`, {
      meetingId,
      agendaItemId: otherItemId,
      text: 'Varia ok.',
    });
    expect(other.status).toBe(201);
    const texts = (await staff.get(`${G}/decisions`)).body.map((d: { text: string }) => d.text).sort();
    expect(texts).toEqual(['Eerste aanzet.', 'Varia ok.']);

    const adviceId = (await staff.get(`${G}/advice-rounds/${roundId}`)).body.members.find(
      (m: { name: string }) => m.name === 'Pieter Stuur',
    ).advice.id;
    await steering.post(`${G}/advice-rounds/${roundId}/objections/${adviceId}/closing`, {
      outcome: 'withdrawn',
    });
    expect(
      (await staff.post(`${G}/decisions`, { meetingId, agendaItemId: itemId, text: 'Akkoord.' })).status,
    ).toBe(201);
  });
});
