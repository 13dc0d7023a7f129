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
