// Issue 10: the bad input found by hand answers 400/422 with the field, and changes nothing —
// a NUL byte in text, year 9999, an R1 extension for ever, junk posted as zone data. The
// property test (bad-input.property.test.ts) walks every route; these pin the cases found.
import { beforeAll, describe, expect, it } from 'vitest';
import { addMonths, todayIso } from '../../src/domain/dates';
import { assign, startedFamily } from '../support/journey';
import { type Session, setupTestApp } from '../support/test-app';

const t = await setupTestApp();
const G = '/api/v1/governance';
let desk: Session;
let staff: Session;
let lead: Session;
let worker: Session;

beforeAll(async () => {
  const tenant = await t.createTenant();
  desk = await tenant.as('coordinator');
  staff = await tenant.as('staffOfficer');
  lead = await tenant.as('leadPartner');
  worker = await tenant.as('liaisonWorker');
});

const fieldsOf = (body: { error: { details?: { field: string; code: string; message: string }[] } }) =>
  body.error.details?.map((d) => d.field);

describe('a NUL byte in text', () => {
  it('is refused with the field named, and nothing is stored', async () => {
    const res = await staff.post(`${G}/bodies`, { kind: 'workingGroup', name: 'Werkgroep\u0000Test' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.details).toEqual([
      { field: 'name', code: 'controlCharacter', message: expect.stringContaining('nulteken') },
    ]);
    const bodies = (await staff.get(`${G}/bodies`)).body as { name: string }[];
    expect(bodies.map((b) => b.name)).not.toContain('Werkgroep\u0000Test');
  });

  it('and other control characters in free text are refused by the same guard', async () => {
    const res = await staff.post(`${G}/bodies`, { kind: 'workingGroup', name: 'Werkgroep \u001b[31m' });
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body)).toEqual(['name']);
  });

  it('is refused in a query and in a key the contract would drop', async () => {
    const search = await desk.get('/api/v1/families?familyName=Voor%00beeld');
    expect(search.status).toBe(400);
    expect(fieldsOf(search.body)).toEqual(['familyName']);
    const key = await staff.post(`${G}/bodies`, { kind: 'workingGroup', name: 'Werkgroep', 'x\u0000': 1 });
    expect(key.status).toBe(400);
    expect(fieldsOf(key.body)).toEqual(['x\u0000']);
  });
});

describe('dates out of range', () => {
  it('year 9999 does not reach the figures: 400 on the field', async () => {
    const figures = await staff.get('/api/v1/reports/figures?from=2026-01-01&to=9999-12-31');
    expect(figures.status).toBe(400);
    expect(fieldsOf(figures.body)).toEqual(['to']);
    expect(figures.body.error.details[0].message).toMatch(/buiten/);
    const body = (await staff.post(`${G}/bodies`, { kind: 'steeringGroup', name: 'Stuurgroep' })).body;
    const meeting = (await staff.post(`${G}/meetings`, { bodyId: body.id, date: todayIso() })).body;
    const frozen = await staff.post(`${G}/meetings/${meeting.id}/figures`, {
      from: '2026-01-01',
      to: '9999-12-31',
      acceptIncomplete: true,
      note: 'test',
    });
    expect(frozen.status).toBe(400);
    expect(fieldsOf(frozen.body)).toEqual(['to']);
    expect((await staff.get(`${G}/meetings/${meeting.id}`)).body.figures ?? []).toEqual([]);
  });

  it('an R1 extension reaches at most a year past the 4 months', async () => {
    const { familyId, referralId } = await startedFamily(desk);
    await assign(desk, familyId, worker);
    const startedOn = addMonths(todayIso(), -3);
    const trajectory = (
      await worker.post(`/api/v1/families/${familyId}/trajectories`, {
        kind: 'shortTerm',
        fundingLine: 'regular',
        referralId,
        startedOn,
      })
    ).body;
    const url = `/api/v1/trajectories/${trajectory.id}/extension`;
    const forever = await worker.post(url, {
      reason: 'Nog even',
      untilOn: '9999-12-31',
      baseVersion: trajectory.version,
    });
    expect(forever.status).toBe(400);
    expect(fieldsOf(forever.body)).toEqual(['untilOn']);
    const twoYears = await worker.post(url, {
      reason: 'Nog even',
      untilOn: addMonths(startedOn, 4 + 13),
      baseVersion: trajectory.version,
    });
    expect(twoYears.status).toBe(422);
    expect(twoYears.body.error.code).toBe('EXTENSION_TOO_LONG');
    expect(fieldsOf(twoYears.body)).toEqual(['untilOn']);
    const stored = (await worker.get(`/api/v1/families/${familyId}/trajectories`)).body as {
      id: string;
      extension: unknown;
    }[];
    expect(stored.find((x) => x.id === trajectory.id)?.extension).toBeNull();
    const withinAYear = await worker.post(url, {
      reason: 'Nog even',
      untilOn: addMonths(startedOn, 4 + 12),
      baseVersion: trajectory.version,
    });
    expect(withinAYear.status).toBe(200);
  });
});

describe('the zone-data import', () => {
  const zones = async () =>
    (await lead.get('/api/v1/funding/allocation?year=2026&budgetCents=100000')).body.zones;

  it('refuses a file that is not the zone table and keeps the year’s data', async () => {
    const csv =
      'zone_code,population_under_25,deprivation_index\nelz57,40000,1.2\nelz29,30000,0.9\nelz9,20000,1.0\n';
    expect((await lead.post('/api/v1/funding/zone-data/2026', csv)).status).toBe(200);
    expect(await zones()).toHaveLength(3);
    for (const junk of ['hello world', 'zone_code,population_under_25,deprivation_index\n', '\n']) {
      const res = await lead.post('/api/v1/funding/zone-data/2026', junk);
      expect(res.status, junk).toBe(422);
      expect(res.body.error.code).toBe('ZONE_DATA_MALFORMED');
    }
    const overflow = await lead.post(
      '/api/v1/funding/zone-data/2026',
      'zone_code,population_under_25,deprivation_index\nelz57,99999999999,1.2\n',
    );
    expect(overflow.status).toBe(422);
    expect(await zones()).toHaveLength(3);
  });
});

describe('the URL', () => {
  it('an overlong path parameter answers the error shape', async () => {
    const res = await desk.get(`/api/v1/families/${'x'.repeat(500)}`);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.any(String) });
  });
});
