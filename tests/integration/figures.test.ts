import { beforeAll, describe, expect, it } from 'vitest';
import type { CreateReferralBody } from '../../src/contracts/intake';
import { referralBody } from '../support/factories';
import { type Session, setupTestApp } from '../support/test-app';

const t = await setupTestApp();
let desk: Session;
let tenant: Awaited<ReturnType<typeof t.createTenant>>;

async function referral(overrides: Partial<CreateReferralBody>, decision?: Record<string, unknown>) {
  const res = await desk.post('/api/v1/referrals', referralBody(overrides));
  expect(res.status).toBe(201);
  if (decision)
    expect((await desk.post(`/api/v1/referrals/${res.body.id}/decision`, decision)).status).toBe(200);
}

beforeAll(async () => {
  tenant = await t.createTenant();
  desk = await tenant.as('coordinator');
  const cgg = { organisationKind: 'cgg' as const, organisationName: 'CGG Test' };
  // September: 3 crisis referrals; October: 2 regular (one through NAFT); one outside the period.
  await referral(
    { receivedOn: '2026-09-01', fundingLine: 'crisisFollowUp', registrant: cgg },
    { outcome: 'started', decidedOn: '2026-09-02' },
  );
  await referral(
    { receivedOn: '2026-09-08', fundingLine: 'crisisFollowUp' },
    { outcome: 'notStarted', reason: 'noCapacity', decidedOn: '2026-09-12' },
  );
  await referral(
    { receivedOn: '2026-09-20', fundingLine: 'crisisFollowUp' },
    { outcome: 'waitingList', decidedOn: '2026-09-30' },
  );
  await referral(
    { receivedOn: '2026-10-05', referredThrough: { kind: 'naft', name: null } },
    { outcome: 'notStarted', reason: 'familyDeclined', decidedOn: '2026-10-05' },
  );
  await referral({
    receivedOn: '2026-10-06',
    family: { municipalityNis: '46020', members: [{ role: 'child' }] },
  });
  await referral({ receivedOn: '2026-08-01' }, { outcome: 'started', decidedOn: '2026-08-03' });
});

describe('intake figures', () => {
  it('counts the referrals received in the period with their decisions and times to answer', async () => {
    const res = await desk.get('/api/v1/reports/figures?from=2026-09-01&to=2026-10-31');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      received: 5,
      started: 1,
      notStarted: 2,
      waiting: 1,
      open: 1,
      notStartedByReason: { noCapacity: 1, familyDeclined: 1 },
      receivedByMonth: { '2026-09': 3, '2026-10': 2 },
      byRegistrantKind: { cgg: 1, clb: 4 },
      byReferredThrough: { naft: 1 },
      byPrimaryCareZone: { elz57: 4, elz29: 1 },
      zoneNames: { elz57: 'Waasland ZW', elz29: 'Waasland NO' },
      suppressed: false,
    });
    // Days to answer: 1, 4, 10, 0 → median 2.5, p90 (linear) 8.2
    expect(res.body.timeToAnswerDays).toEqual({ median: 2.5, p90: 8.2 });
  });

  it('narrows to one funding line (R4: crisis follow-up apart from regular 1G1P)', async () => {
    const res = await desk.get(
      '/api/v1/reports/figures?from=2026-09-01&to=2026-10-31&fundingLine=crisisFollowUp',
    );
    expect(res.body).toMatchObject({
      received: 3,
      started: 1,
      notStarted: 1,
      waiting: 1,
      receivedByMonth: { '2026-09': 3, '2026-10': 0 },
    });
    expect(res.body.lineUse).toMatchObject({ year: 2026, started: 1, overQuotaSignals: 0 });
  });

  it('figures of one line include its spending and quota use in the year, also in the CSV', async () => {
    const lead = await tenant.as('leadPartner');
    await lead.put('/api/v1/funding-lines/crisisFollowUp/years/2026', {
      budgetCents: 9_000_000,
      targetTrajectories: 20,
      countsAs: ['staffModules'],
    });
    await lead.post('/api/v1/funding-lines/crisisFollowUp/spending', {
      year: 2026,
      category: 'staffModules',
      status: 'spent',
      amountCents: 1_234_567,
      bookedOn: '2026-09-30',
      description: 'Module vervolghulp',
    });
    const query = 'from=2026-09-01&to=2026-10-31&fundingLine=crisisFollowUp';
    const res = await desk.get(`/api/v1/reports/figures?${query}`);
    expect(res.body.lineUse).toEqual({
      year: 2026,
      budgetCents: 9_000_000,
      startsCommittedCents: null,
      committedCents: 0,
      spentCents: 1_234_567,
      leftCents: 7_765_433,
      started: 1,
      targetTrajectories: 20,
      capTrajectories: null,
      overQuotaSignals: 0,
    });
    const csv = await desk.get(`/api/v1/reports/figures.csv?${query}`, undefined, {
      'accept-language': 'nl-BE',
    });
    expect(csv.text).toContain('uitgegeven op de lijn (eurocent),lineUse.spentCents,2026,1234567');
    expect(csv.text).toContain('verwacht aantal trajecten,lineUse.targetTrajectories,2026,20');
    expect(csv.text).not.toContain('lineUse.capTrajectories');
    // Figures of all lines carry no line's money.
    expect(
      (await desk.get('/api/v1/reports/figures?from=2026-09-01&to=2026-10-31')).body.lineUse,
    ).toBeUndefined();
  });

  it('exports the same figures as CSV, translated', async () => {
    const res = await desk.get('/api/v1/reports/figures.csv?from=2026-09-01&to=2026-10-31', undefined, {
      'accept-language': 'nl-BE',
    });
    expect(res.status).toBe(200);
    expect(String(res.headers['content-type'])).toContain('text/csv');
    expect(String(res.headers['content-disposition'])).toContain('attachment');
    const lines = res.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe('cijfer,sleutel,omschrijving,waarde');
    expect(lines).toContain('aangemeld,received,,5');
    expect(lines).toContain('niet opgestart per reden,noCapacity,Geen capaciteit,1');
    expect(lines).toContain('via partner/initiatief,naft,NAFT,1');
    expect(lines).toContain('per eerstelijnszone,elz57,Waasland ZW,4');
  });

  it('suppresses small counts for steering-group members', async () => {
    const steering = await tenant.as('steeringMember');
    const res = await steering.get('/api/v1/reports/figures?from=2026-09-01&to=2026-10-31');
    expect(res.body.suppressed).toBe(true);
    expect(res.body.received).toBe(5);
    expect(res.body.byPrimaryCareZone).toEqual({ elz57: null, elz29: null });
  });

  it('refuses a period that ends before it starts', async () => {
    const res = await desk.get('/api/v1/reports/figures?from=2026-10-01&to=2026-09-01');
    expect(res.status).toBe(422);
  });
});

describe('small counts outside the team (complementary suppression)', () => {
  // A reader knows these sums: the outcomes add up to the received referrals, and so do the
  // months, the registrants and (every referral here has a zone and a reason) zones and reasons.
  function derivable(f: Record<string, unknown>): string[] {
    const cells: Record<string, number | null> = {};
    const part = (prefix: string, counts: Record<string, number | null>) =>
      Object.entries(counts).map(([k, v]) => {
        cells[`${prefix}.${k}`] = v;
        return `${prefix}.${k}`;
      });
    for (const k of ['received', 'started', 'notStarted', 'waiting', 'open'])
      cells[k] = f[k] as number | null;
    const sums: [string, string[]][] = [
      ['received', ['started', 'notStarted', 'waiting', 'open']],
      ['received', part('month', f.receivedByMonth as Record<string, number | null>)],
      ['received', part('registrant', f.byRegistrantKind as Record<string, number | null>)],
      ['received', part('zone', f.byPrimaryCareZone as Record<string, number | null>)],
      ['notStarted', part('reason', f.notStartedByReason as Record<string, number | null>)],
    ];
    const learnt: string[] = [];
    for (let grew = true; grew; ) {
      grew = false;
      for (const [total, parts] of sums) {
        const unknown = [total, ...parts].filter((id) => cells[id] === null);
        if (unknown.length !== 1) continue;
        const id = unknown[0] as string;
        const partsSum = parts.reduce((a, p) => a + (p === id ? 0 : (cells[p] as number)), 0);
        cells[id] = id === total ? partsSum : (cells[total] as number) - partsSum;
        learnt.push(id);
        grew = true;
      }
    }
    return learnt;
  }

  let steeringOf: Session;
  let deskOf: Session;
  const period = 'from=2026-03-01&to=2026-03-31';

  beforeAll(async () => {
    const other = await t.createTenant();
    deskOf = await other.as('coordinator');
    steeringOf = await other.as('steeringMember');
    const cgg = { organisationKind: 'cgg' as const, organisationName: 'CGG Test' };
    // 11 referrals in March: 8 started, 3 not started (no capacity); one family in zone elz29
    // and one registered by a CGG — each a small count beside a large one and a shown total.
    for (let i = 0; i < 11; i++) {
      const res = await deskOf.post(
        '/api/v1/referrals',
        referralBody({
          receivedOn: `2026-03-${String(i + 2).padStart(2, '0')}`,
          ...(i === 0 ? { family: { municipalityNis: '46020', members: [{ role: 'child' }] } } : {}),
          ...(i === 1 ? { registrant: cgg } : {}),
        }),
      );
      const decision =
        i < 8
          ? { outcome: 'started', decidedOn: '2026-03-20' }
          : { outcome: 'notStarted', reason: 'noCapacity', decidedOn: '2026-03-20' };
      expect((await deskOf.post(`/api/v1/referrals/${res.body.id}/decision`, decision)).status).toBe(200);
    }
  });

  it('a steering member cannot work out a hidden small count from totals and other cells', async () => {
    const res = await steeringOf.get(`/api/v1/reports/figures?${period}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ suppressed: true, received: 11, notStarted: null });
    expect(res.body.byPrimaryCareZone).toEqual({ elz57: null, elz29: null });
    expect(res.body.byRegistrantKind).toEqual({ clb: null, cgg: null });
    expect(derivable(res.body)).toEqual([]);
  });

  it('nor from the CSV export', async () => {
    const csv = await steeringOf.get(`/api/v1/reports/figures.csv?${period}`, undefined, {
      'accept-language': 'en',
    });
    const rows = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(','));
    const value = (key: string) => rows.find((r) => r[1] === key)?.[3];
    expect(value('received')).toBe('11');
    expect([value('started'), value('notStarted'), value('elz29'), value('elz57'), value('cgg')]).toEqual([
      'x',
      'x',
      'x',
      'x',
      'x',
    ]);
  });

  it('the coordinator keeps seeing the true numbers', async () => {
    const res = await deskOf.get(`/api/v1/reports/figures?${period}`);
    expect(res.body).toMatchObject({
      suppressed: false,
      received: 11,
      started: 8,
      notStarted: 3,
      byPrimaryCareZone: { elz57: 10, elz29: 1 },
      byRegistrantKind: { clb: 10, cgg: 1 },
    });
  });
});
