// Issue 14 point 2 (R18): the waiting list leaves the system. Each queue carries the pace at which
// families left it for help in the last quarter and the wait a newcomer can expect; the .xlsx for
// the partners and the agency has a cover sheet and the figures, no names or references, and small
// counts hidden with what would reveal them.
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayIso } from '../../src/domain/dates';
import { referralBody } from '../support/factories';
import { assign } from '../support/journey';
import { type Session, setupTestApp } from '../support/test-app';
import { xlsxSheets } from '../support/xlsx-cells';

const t = await setupTestApp();
const today = todayIso();
let desk: Session;
let worker: Session;
const families: string[] = [];

const wait = async (familyName: string, daysAgo: number, fundingLine = 'regular') => {
  const receivedOn = addDays(today, -daysAgo);
  const body = referralBody({
    receivedOn,
    fundingLine,
    family: {
      municipalityNis: '46021',
      members: [{ role: 'child', givenName: 'Kind', familyName, birthDate: '2016-02-02' }],
    },
  });
  const r = await desk.post('/api/v1/referrals', body);
  if (r.status !== 201) throw new Error(r.text);
  await desk.post(`/api/v1/referrals/${r.body.id}/decision`, {
    outcome: 'waitingList',
    decidedOn: receivedOn,
  });
  return r.body.familyId as string;
};

beforeAll(async () => {
  const tenant = await t.createTenant();
  desk = await tenant.as('coordinator');
  worker = await tenant.as('liaisonWorker');
  // Fourteen families wait for the team on the regular line, two on the crisis line.
  for (let i = 0; i < 14; i++) families.push(await wait(`Wachtgezin${i}`, 80 - i * 5));
  await wait('Crisisgezin', 12, 'crisisFollowUp');
  await wait('Crisisgezin2', 8, 'crisisFollowUp');
  // Five of the regular ones got the team's help this quarter: 5 left in 91 days.
  for (const familyId of families.slice(0, 5)) {
    await assign(desk, familyId, worker);
    const started = await worker.post(`/api/v1/families/${familyId}/trajectories`, {
      kind: 'shortTerm',
      fundingLine: 'regular',
    });
    if (started.status !== 201) throw new Error(started.text);
  }
  // Six still waiting get bridging help meanwhile, waiting for a CGG as well.
  for (const familyId of families.slice(5, 11)) {
    await assign(desk, familyId, worker);
    const bridging = await worker.post(`/api/v1/families/${familyId}/trajectories`, {
      kind: 'bridging',
      fundingLine: 'regular',
      bridging: {
        waitingFor: 'Kinderpsychiatrie',
        waitingListOf: 'CGG Voorbeeld',
        waitingSince: addDays(today, -20),
      },
    });
    if (bridging.status !== 201) throw new Error(bridging.text);
  }
});

describe('the waiting list leaves the system (R18)', () => {
  it('tells each queue its pace over the last quarter and the wait a newcomer can expect', async () => {
    const list = await desk.get('/api/v1/worklist/waiting-list');
    const regular = list.body.figures.find((f: { queue: string }) => f.queue === '1G1P regulier');
    // Nine still wait; five left in 91 days: the tenth waits (9 + 1) × 91 / 5 days.
    expect(regular).toMatchObject({ waiting: 9, leftInWindow: 5, expectedDays: 182 });
    const crisis = list.body.figures.find((f: { queue: string }) => f.queue === 'Vervolghulp na crisis');
    // Nobody left the crisis queue: no estimate rather than a made-up one.
    expect(crisis).toMatchObject({ waiting: 2, leftInWindow: 0, expectedDays: null });
  });

  it('is a workbook without names or references, small counts hidden, its reading audited', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/worklist/waiting-list.xlsx',
      headers: { cookie: desk.cookie, 'accept-language': 'nl-BE' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="wachtlijst-${today}.xlsx"`);
    const [cover, figures] = xlsxSheets(res.rawPayload);
    expect(cover?.name).toBe('Over dit bestand');
    expect(cover?.rows.flat()).toContain('Samenwerkingsverband');
    expect(figures?.name).toBe('Wachttijden');
    const rows = figures?.rows ?? [];
    const regular = rows.find((r) => r[1] === '1G1P regulier');
    expect(regular?.slice(2)).toEqual([
      9,
      expect.any(Number),
      expect.any(Number),
      expect.any(Number),
      5,
      182,
    ]);
    // Two families on the crisis line could be pointed at: hidden, with the wait worked out from them.
    const crisis = rows.find((r) => r[1] === 'Vervolghulp na crisis');
    expect(crisis?.slice(2, 6)).toEqual(['verborgen', 'verborgen', 'verborgen', 'verborgen']);
    expect(crisis?.[7]).toBe('verborgen');
    // Beside a shown total, one more queue is hidden so the crisis count cannot be subtracted out.
    const cgg = rows.find((r) => r[1] === 'CGG Voorbeeld');
    expect(cgg?.[2]).toBe('verborgen');
    const total = rows.find((r) => r[0] === 'Totaal');
    expect(total?.[2]).toBe(17);
    const text = JSON.stringify([cover, figures]);
    expect(text).not.toMatch(/Wachtgezin|Crisisgezin|AM-\d{4}/);

    const { rows: audit } = await t.db.execute(
      `select count(*)::int as n from audit_events where action = 'list' and details->>'view' = 'waitingListExport'` as never,
    );
    expect((audit[0] as { n: number }).n).toBeGreaterThan(0);
  });

  it('is the coordinator’s: a worker cannot take it out', async () => {
    expect((await worker.get('/api/v1/worklist/waiting-list.xlsx')).status).toBe(403);
  });
});
