import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../src/domain/dates';
import { recentDay, referralBody } from '../support/factories';
import { type Session, setupTestApp } from '../support/test-app';

const t = await setupTestApp();
let desk: Session;

async function countRows(table: string): Promise<number> {
  const result = await t.db.execute(sql.raw(`select count(*)::int as n from ${table}`));
  return (result.rows[0] as { n: number }).n;
}

beforeAll(async () => {
  const tenant = await t.createTenant({ zones: ['elz57', 'elz29'] });
  desk = await tenant.as('coordinator');
});

describe('registering a referral', () => {
  it('stores the referral with its zone, line, registrant and the partner the family came through (R9)', async () => {
    const res = await desk.post(
      '/api/v1/referrals',
      referralBody({
        fundingLine: 'crisisFollowUp',
        referredThrough: { kind: 'naft', name: 'NAFT Waasland' },
      }),
    );
    expect(res.status).toBe(201);
    const receivedOn = recentDay();
    expect(res.body).toMatchObject({
      status: 'received',
      receivedOn,
      fundingLine: { code: 'crisisFollowUp' },
      primaryCareZone: { code: 'elz57', name: 'Waasland ZW' },
      isOutsideRegion: false,
      registrant: { organisationKind: 'clb', organisationName: 'CLB Testpunt', contactName: 'Test Contact' },
      referredThrough: { kind: 'naft', name: 'NAFT Waasland' },
      familyLabel: 'Voorbeeld',
      consentToRefer: true,
      decision: null,
    });
    expect(res.body.reference).toMatch(new RegExp(`^AM-${receivedOn.slice(0, 4)}-\\d{4}$`));
    expect(res.body.members).toHaveLength(2);

    const fetched = await desk.get(`/api/v1/referrals/${res.body.id}`);
    expect(fetched.status).toBe(200);
    expect(fetched.body.requestForHelp).toBe('We willen één plan voor ons gezin.');
  });

  it('defaults the received date to today and accepts an anonymous family (R31)', async () => {
    const res = await desk.post(
      '/api/v1/referrals',
      referralBody({
        receivedOn: undefined,
        family: { municipalityNis: '46025', members: [{ role: 'child' }, { role: 'parent' }] },
      }),
    );
    expect(res.status).toBe(201);
    expect(res.body.receivedOn).toBe(todayIso());
    expect(res.body.familyLabel).toBeNull();
    expect(res.body.answer.state).toBe('onTime');
  });

  it('accepts a family outside the served zones and flags it', async () => {
    const res = await desk.post(
      '/api/v1/referrals',
      referralBody({
        family: { municipalityNis: '42006', members: [{ role: 'child', birthDate: '2019-01-01' }] },
      }),
    );
    expect(res.status).toBe(201);
    expect(res.body.primaryCareZone.code).toBe('elz9');
    expect(res.body.isOutsideRegion).toBe(true);
  });

  it('refuses an unknown municipality with 422 naming the field, and stores nothing', async () => {
    const before = { referrals: await countRows('referrals'), families: await countRows('families') };
    const res = await desk.post(
      '/api/v1/referrals',
      referralBody({ family: { municipalityNis: '99999', members: [{ role: 'child' }] } }),
    );
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('MUNICIPALITY_UNKNOWN');
    expect(res.body.error.details[0].field).toBe('family.municipalityNis');
    expect(res.body.error.message).toMatch(/gemeente/i);
    expect({ referrals: await countRows('referrals'), families: await countRows('families') }).toEqual(
      before,
    );
  });

  it('answers malformed input with 400, every field named, translated, and nothing stored', async () => {
    const before = await countRows('referrals');
    const res = await desk.post(
      '/api/v1/referrals',
      { fundingLine: 'regular', registrant: { organisationKind: 'bakery' }, family: { members: [] } },
      { 'accept-language': 'en' },
    );
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.message).toBe('Some fields are not filled in correctly.');
    const fields = res.body.error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'registrant.organisationKind',
        'family.municipalityNis',
        'requestForHelp',
        'consentToRefer',
      ]),
    );
    expect(await countRows('referrals')).toBe(before);
  });

  it('refuses an unknown funding line, a referral without consent and one dated in the future', async () => {
    const line = await desk.post('/api/v1/referrals', referralBody({ fundingLine: 'lottery' }));
    expect([line.status, line.body.error.code]).toEqual([422, 'FUNDING_LINE_UNKNOWN']);
    const consent = await desk.post('/api/v1/referrals', referralBody({ consentToRefer: false }));
    expect([consent.status, consent.body.error.code]).toEqual([422, 'CONSENT_TO_REFER_REQUIRED']);
    const future = await desk.post('/api/v1/referrals', referralBody({ receivedOn: '2099-01-01' }));
    expect([future.status, future.body.error.code]).toEqual([422, 'REFERRAL_RECEIVED_IN_FUTURE']);
  });

  it('refuses a line that has ended (R8)', async () => {
    await t.db.execute(sql`update funding_lines set ends_on = '2026-01-31' where code = 'volunteers'`);
    const res = await desk.post(
      '/api/v1/referrals',
      referralBody({ fundingLine: 'volunteers', receivedOn: '2026-02-01' }),
    );
    expect([res.status, res.body.error.code]).toEqual([422, 'FUNDING_LINE_ENDED']);
    const before = await desk.post(
      '/api/v1/referrals',
      referralBody({ fundingLine: 'volunteers', receivedOn: '2026-01-31' }),
    );
    expect(before.status).toBe(201);
  });

  it('numbers references per year without gaps, also when registered at the same moment', async () => {
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        desk.post('/api/v1/referrals', referralBody({ receivedOn: '2025-03-03' })),
      ),
    );
    const refs = results.map((r) => r.body.reference).sort();
    expect(refs).toEqual(['AM-2025-0001', 'AM-2025-0002', 'AM-2025-0003', 'AM-2025-0004', 'AM-2025-0005']);
  });

  it('registers the 10,000th referral of a year and the ones after it (references count as numbers)', async () => {
    const tenant = await t.createTenant();
    const coordinator = await tenant.as('coordinator');
    const first = await coordinator.post('/api/v1/referrals', referralBody({ receivedOn: '2024-05-06' }));
    expect(first.body.reference).toBe('AM-2024-0001');
    // A busy year: 9,998 more referrals as the desk registered them, AM-2024-0002 … AM-2024-9999.
    await t.db.execute(sql`
      insert into referrals (collaboration_id, reference, received_on, funding_line_id, registrant_organisation_kind,
        registrant_organisation_name, family_id, municipality_nis, primary_care_zone_code, is_outside_region,
        request_for_help, consent_to_refer, created_by)
      select collaboration_id, 'AM-2024-' || lpad(g::text, 4, '0'), received_on, funding_line_id,
        registrant_organisation_kind, registrant_organisation_name, family_id, municipality_nis,
        primary_care_zone_code, is_outside_region, request_for_help, consent_to_refer, created_by
      from referrals, generate_series(2, 9999) g where id = ${first.body.id}`);
    await t.db.execute(
      sql`update reference_counters set last_number = 9999 where collaboration_id = ${tenant.collaboration.id} and year = 2024`,
    );
    const next = [];
    for (let i = 0; i < 2; i += 1) {
      next.push(await coordinator.post('/api/v1/referrals', referralBody({ receivedOn: '2024-12-30' })));
    }
    expect(next.map((r) => [r.status, r.body.reference])).toEqual([
      [201, 'AM-2024-10000'],
      [201, 'AM-2024-10001'],
    ]);
    const other = await coordinator.post('/api/v1/referrals', referralBody({ receivedOn: '2025-01-02' }));
    expect(other.body.reference).toBe('AM-2025-0001');
  });
});

describe('the intake list', () => {
  it('filters by status, line, zone, registrant kind and period, with the total in a header', async () => {
    const tenant = await t.createTenant();
    const coordinator = await tenant.as('coordinator');
    await coordinator.post(
      '/api/v1/referrals',
      referralBody({ receivedOn: '2026-09-01', fundingLine: 'naft' }),
    );
    await coordinator.post(
      '/api/v1/referrals',
      referralBody({
        receivedOn: '2026-09-10',
        registrant: { organisationKind: 'caw', organisationName: 'CAW Test' },
      }),
    );
    const started = await coordinator.post(
      '/api/v1/referrals',
      referralBody({
        receivedOn: '2026-10-01',
        family: { municipalityNis: '42006', members: [{ role: 'child' }] },
      }),
    );
    await coordinator.post(`/api/v1/referrals/${started.body.id}/decision`, {
      outcome: 'started',
      decidedOn: '2026-10-02',
    });

    const all = await coordinator.get('/api/v1/referrals');
    expect(all.status).toBe(200);
    expect(all.body).toHaveLength(3);
    expect(all.headers['x-total-count']).toBe('3');
    // Open referrals come first, the oldest on top: they wait longest for an answer.
    expect(all.body.map((r: { status: string }) => r.status)).toEqual(['received', 'received', 'started']);
    expect(all.body[0].receivedOn).toBe('2026-09-01');

    const byQuery = async (q: string) =>
      (await coordinator.get(`/api/v1/referrals?${q}`)).body
        .map((r: { receivedOn: string }) => r.receivedOn)
        .sort();
    expect(await byQuery('status=started')).toEqual(['2026-10-01']);
    expect(await byQuery('fundingLine=naft')).toEqual(['2026-09-01']);
    expect(await byQuery('zone=elz9')).toEqual(['2026-10-01']);
    expect(await byQuery('registrantKind=caw')).toEqual(['2026-09-10']);
    expect(await byQuery('from=2026-09-05&to=2026-09-30')).toEqual(['2026-09-10']);
    expect(await byQuery('fundingLine=unknown')).toEqual([]);
  });

  it('shows each open referral against its answer target in working days (R4)', async () => {
    const tenant = await t.createTenant();
    const coordinator = await tenant.as('coordinator');
    const old = await coordinator.post('/api/v1/referrals', referralBody({ receivedOn: '2026-01-05' }));
    expect(old.body.answer).toMatchObject({ dueOn: '2026-01-08', state: 'overdue', targetWorkingDays: 3 });
    expect(old.body.perspectiveConversation).toMatchObject({
      dueOn: '2026-02-05',
      state: 'overdue',
      heldOn: null,
    });
  });
});

describe('deciding', () => {
  it('records started, not started with a reason, or waiting list, once', async () => {
    const create = () => desk.post('/api/v1/referrals', referralBody({ receivedOn: '2026-10-13' }));
    const a = await create();
    const started = await desk.post(`/api/v1/referrals/${a.body.id}/decision`, {
      outcome: 'started',
      decidedOn: '2026-10-15',
      note: 'Eerste gesprek gepland',
    });
    expect(started.status).toBe(200);
    expect(started.body).toMatchObject({
      status: 'started',
      decision: { outcome: 'started', decidedOn: '2026-10-15', note: 'Eerste gesprek gepland', reason: null },
      answer: { state: 'metOnTime' },
    });
    expect(started.body.decision.decidedBy).toMatch(/Test coordinator/);

    const twice = await desk.post(`/api/v1/referrals/${a.body.id}/decision`, { outcome: 'waitingList' });
    expect([twice.status, twice.body.error.code]).toEqual([409, 'REFERRAL_ALREADY_DECIDED']);
    expect((await desk.get(`/api/v1/referrals/${a.body.id}`)).body.status).toBe('started');

    const b = await create();
    const noReason = await desk.post(`/api/v1/referrals/${b.body.id}/decision`, { outcome: 'notStarted' });
    expect([noReason.status, noReason.body.error.code]).toEqual([422, 'DECISION_REASON_REQUIRED']);
    expect(noReason.body.error.details[0].field).toBe('reason');
    const badReason = await desk.post(`/api/v1/referrals/${b.body.id}/decision`, {
      outcome: 'notStarted',
      reason: 'weather',
    });
    expect(badReason.body.error.code).toBe('DECISION_REASON_UNKNOWN');
    const notStarted = await desk.post(`/api/v1/referrals/${b.body.id}/decision`, {
      outcome: 'notStarted',
      reason: 'outsideTargetGroup',
    });
    expect(notStarted.body).toMatchObject({
      status: 'notStarted',
      decision: { reason: 'outsideTargetGroup', decidedOn: todayIso() },
    });

    const c = await create();
    const waiting = await desk.post(`/api/v1/referrals/${c.body.id}/decision`, {
      outcome: 'waitingList',
      decidedOn: '2026-10-20',
    });
    expect(waiting.body).toMatchObject({ status: 'waitingList', answer: { state: 'metLate' } });
  });

  it('refuses a decision dated before the referral or in the future', async () => {
    const r = await desk.post('/api/v1/referrals', referralBody({ receivedOn: '2026-10-13' }));
    const early = await desk.post(`/api/v1/referrals/${r.body.id}/decision`, {
      outcome: 'started',
      decidedOn: '2026-10-01',
    });
    expect(early.body.error.code).toBe('DECISION_BEFORE_RECEIPT');
    const late = await desk.post(`/api/v1/referrals/${r.body.id}/decision`, {
      outcome: 'started',
      decidedOn: '2099-01-01',
    });
    expect(late.body.error.code).toBe('DECISION_IN_FUTURE');
    expect((await desk.get(`/api/v1/referrals/${r.body.id}`)).body.status).toBe('received');
  });

  it('gives one decision and one conflict when two coordinators decide at once', async () => {
    const r = await desk.post('/api/v1/referrals', referralBody());
    const [x, y] = await Promise.all([
      desk.post(`/api/v1/referrals/${r.body.id}/decision`, { outcome: 'started' }),
      desk.post(`/api/v1/referrals/${r.body.id}/decision`, { outcome: 'waitingList' }),
    ]);
    expect([x.status, y.status].sort()).toEqual([200, 409]);
  });

  it('records the perspective-giving conversation (R26)', async () => {
    const r = await desk.post('/api/v1/referrals', referralBody({ receivedOn: '2026-10-01' }));
    const res = await desk.put(`/api/v1/referrals/${r.body.id}/perspective-conversation`, {
      heldOn: '2026-10-20',
    });
    expect(res.body.perspectiveConversation).toEqual({
      dueOn: '2026-11-01',
      state: 'metOnTime',
      heldOn: '2026-10-20',
    });
    const before = await desk.put(`/api/v1/referrals/${r.body.id}/perspective-conversation`, {
      heldOn: '2026-09-20',
    });
    expect(before.status).toBe(422);
  });
});
