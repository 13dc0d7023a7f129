import { readFile } from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_MUNICIPALITY_TABLE } from '../../src/server/modules/network';
import { type Session, setupTestApp } from '../support/test-app';

// The official table as the product ships it (src/server/modules/network/reference-data).
const OFFICIAL_TABLE = REFERENCE_MUNICIPALITY_TABLE;
const t = await setupTestApp();
let admin: Session;
let coordinator: Session;

beforeAll(async () => {
  const tenant = await t.createTenant({ zones: [] });
  admin = await tenant.as('administrator');
  coordinator = await tenant.as('coordinator');
});

async function snapshot() {
  const result = await t.db.execute(
    sql`select m.nis_code, m.name, m.primary_care_zone_code, z.name as zone from municipalities m join primary_care_zones z on z.code = m.primary_care_zone_code order by 1`,
  );
  return result.rows;
}

describe('municipality table import', () => {
  it('loads the official table, and importing it twice changes nothing', async () => {
    const csv = await readFile(OFFICIAL_TABLE, 'utf8');
    const first = await admin.post('/api/v1/admin/municipalities/import', csv);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ imported: 304 });
    const after = await snapshot();
    expect(after).toHaveLength(304);

    const second = await admin.post('/api/v1/admin/municipalities/import', csv);
    expect(second.body).toEqual({ imported: 304 });
    expect(await snapshot()).toEqual(after);

    const found = await coordinator.get('/api/v1/municipalities?q=Beveren');
    expect(found.body).toEqual([
      {
        nisCode: '46030',
        name: 'Beveren-Kruibeke-Zwijndrecht',
        primaryCareZone: { code: 'elz29', name: 'Waasland NO' },
      },
    ]);
    expect((await coordinator.get('/api/v1/municipalities?q=46021')).body[0].name).toBe('Sint-Niklaas');
  });

  it('refuses a malformed file with 422 naming the line, and changes nothing', async () => {
    const before = await snapshot();
    const csv = [
      'nis_code,gemeente,gewest,provincie_nis,provincie,elz_code,elz_naam,refreg_code,refreg_naam',
      '46021,Sint-Niklaas-Hernoemd,Vlaams Gewest,40000,Oost-Vlaanderen,elz57,Waasland ZW,REFREG14,Waasland',
      '4602X,Kapot,Vlaams Gewest,40000,Oost-Vlaanderen,elz57,Waasland ZW,REFREG14,Waasland',
    ].join('\n');
    const res = await admin.post('/api/v1/admin/municipalities/import', csv);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('MUNICIPALITY_TABLE_MALFORMED');
    expect(res.body.error.details.line).toBe(3);
    expect(res.body.error.message).toBe(
      'Het gemeentebestand is niet geldig (regel 3): NIS-code "4602X" heeft geen vijf cijfers',
    );
    expect(res.body.error.details).toMatchObject({ line: 3, problem: 'nisCode', value: '4602X' });
    expect(await snapshot()).toEqual(before);

    const missing = await admin.post('/api/v1/admin/municipalities/import', 'nis_code,gemeente\n46021,X');
    expect([missing.status, missing.body.error.details.line]).toEqual([422, 1]);
  });

  it('is for administrators only', async () => {
    const res = await coordinator.post('/api/v1/admin/municipalities/import', 'nis_code\n');
    expect(res.status).toBe(403);
  });
});

describe('served zones', () => {
  it('starts empty for a new collaboration and is replaced as a whole by an administrator', async () => {
    expect((await admin.get('/api/v1/collaboration/zones')).body).toEqual({ zones: [] });
    const res = await admin.put('/api/v1/collaboration/zones', { zones: ['elz57', 'elz9'] });
    expect(res.status).toBe(200);
    expect(res.body.zones.map((z: { code: string }) => z.code).sort()).toEqual(['elz57', 'elz9']);
    expect((await coordinator.get('/api/v1/collaboration/zones')).body.zones).toHaveLength(2);
  });

  it('refuses unknown zones without changing the served ones, and non-administrators', async () => {
    const res = await admin.put('/api/v1/collaboration/zones', { zones: ['elz57', 'elz999'] });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('ZONE_UNKNOWN');
    expect(res.body.error.message).toContain('elz999');
    expect((await admin.get('/api/v1/collaboration/zones')).body.zones).toHaveLength(2);
    expect((await admin.put('/api/v1/collaboration/zones', { zones: ['nonsense'] })).status).toBe(400);
    expect((await coordinator.put('/api/v1/collaboration/zones', { zones: [] })).status).toBe(403);
  });
});

describe('funding lines and reasons', () => {
  it('a new collaboration has the preset lines and not-started reasons', async () => {
    const lines = await coordinator.get('/api/v1/funding-lines');
    expect(lines.body.map((l: { code: string }) => l.code)).toEqual(
      expect.arrayContaining(['regular', 'crisisFollowUp', 'familyCare', 'addOn', 'volunteers', 'naft']),
    );
    expect(lines.body.find((l: { code: string }) => l.code === 'volunteers').endsOn).toBe('2026-12-31');
    expect(
      lines.body.every((l: { answerTargetWorkingDays: number }) => l.answerTargetWorkingDays === 3),
    ).toBe(true);
    const reasons = await coordinator.get('/api/v1/not-started-reasons');
    expect(reasons.body.map((r: { code: string }) => r.code)).toEqual([
      'choseOtherHelp',
      'outsideTargetGroup',
      'outsideRegion',
      'noCapacity',
      'familyDeclined',
      'other',
    ]);
  });
});
