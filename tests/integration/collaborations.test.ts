// Issue 15 (ADR 054): the platform administrator makes the installation's collaborations, each
// with its own zones (a zone belongs to at most one) and lead partner, and invites its first
// coordinator; the platform never opens a family file.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createUser, upsertSecondFactorRule } from '../../src/server/modules/identity';
import { referralBody } from '../support/factories';
import { type Session, setupTestApp, TEST_PASSWORD } from '../support/test-app';

const t = await setupTestApp();
let platform: Session;
let desk: Session;
let firstId: string;

beforeAll(async () => {
  const first = await t.createTenant({ zones: ['elz57', 'elz29'] });
  firstId = first.collaboration.id;
  platform = await first.as('platformAdministrator');
  desk = await first.as('coordinator');
});

const newCollaboration = (overrides: Record<string, unknown> = {}) => ({
  name: `Samenwerkingsverband Waasland ${Math.random().toString(36).slice(2, 8)}`,
  zones: ['elz9'],
  leadPartner: { name: 'CAW Waasland', kind: 'caw' },
  ...overrides,
});

/** The invitation e-mail as queued in the outbox (ADR 032), and the token of its link. */
async function invitationToken(email: string) {
  const rows = (
    await t.db.execute(sql`select body from outbox where recipient = ${email} order by created_at`)
  ).rows as { body: string }[];
  return rows.at(-1)?.body.match(/\/invitation#([\w-]+)/)?.[1];
}

describe('making a collaboration', () => {
  it('the platform administrator makes one with its zones and lead partner; the list and the zone picker show it', async () => {
    const body = newCollaboration();
    const res = await platform.post('/api/v1/platform/collaborations', body);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: body.name,
      zones: [{ code: 'elz9' }],
      leadPartner: { name: 'CAW Waasland' },
    });
    const list = (await platform.get('/api/v1/platform/collaborations')).body;
    expect(list.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining([firstId, res.body.id]));
    const zones = (await platform.get('/api/v1/platform/zones')).body;
    expect(zones.find((z: { code: string }) => z.code === 'elz9').collaboration).toEqual({
      id: res.body.id,
      name: body.name,
    });
    expect(zones.find((z: { code: string }) => z.code === 'elz13').collaboration).toBeNull();
    // It starts like every collaboration: its own preset lines (R4–R9).
    const lines = await t.db.execute(
      sql`select count(*)::int as n from funding_lines where collaboration_id = ${res.body.id}`,
    );
    expect((lines.rows[0] as { n: number }).n).toBeGreaterThan(0);
  });

  it('refuses a zone another collaboration serves (409 ZONE_TAKEN, naming it), an unknown zone and a name in use', async () => {
    const clash = await platform.post(
      '/api/v1/platform/collaborations',
      newCollaboration({ zones: ['elz57'] }),
    );
    expect(clash.status).toBe(409);
    expect(clash.body.error.code).toBe('ZONE_TAKEN');
    expect(clash.body.error.details[0].field).toBe('zones');
    expect(clash.body.error.message).toContain('elz57');
    const unknown = await platform.post(
      '/api/v1/platform/collaborations',
      newCollaboration({ zones: ['elz999'] }),
    );
    expect([unknown.status, unknown.body.error.code]).toEqual([422, 'ZONE_UNKNOWN']);
    const [existing] = (await platform.get('/api/v1/platform/collaborations')).body;
    const again = await platform.post(
      '/api/v1/platform/collaborations',
      newCollaboration({ name: existing.name, zones: ['elz36'] }),
    );
    expect([again.status, again.body.error.code]).toEqual([422, 'COLLABORATION_NAME_TAKEN']);
    // Nothing of a refused collaboration is left behind: its zone is still free.
    const zones = (await platform.get('/api/v1/platform/zones')).body;
    expect(zones.find((z: { code: string }) => z.code === 'elz36').collaboration).toBeNull();
  });

  it('a collaboration cannot take another one’s zone through its own zone settings either', async () => {
    const admin = await (await t.createTenant({ zones: [] })).as('administrator');
    const res = await admin.put('/api/v1/collaboration/zones', { zones: ['elz29'] });
    expect([res.status, res.body.error.code]).toEqual([409, 'ZONE_TAKEN']);
  });

  it('answers bad input with 400, never a 500', async () => {
    for (const body of [
      newCollaboration({ zones: [] }),
      newCollaboration({ name: '' }),
      newCollaboration({ zones: ['nonsense'] }),
      newCollaboration({ leadPartner: { name: 'X', kind: 'bakery' } }),
      {},
    ]) {
      const res = await platform.post('/api/v1/platform/collaborations', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
  });

  it('is the platform administrator’s only: not a coordinator’s, an administrator’s or the analyst’s', async () => {
    const tenant = await t.createTenant({ zones: [] });
    for (const session of [desk, await tenant.as('administrator'), await tenant.as('platformAnalyst')]) {
      expect((await session.get('/api/v1/platform/collaborations')).status).toBe(403);
      expect((await session.post('/api/v1/platform/collaborations', newCollaboration())).status).toBe(403);
    }
  });

  it('a collaboration’s own people cannot hand out a platform role', async () => {
    const admin = await (await t.createTenant({ zones: [] })).as('administrator');
    const res = await admin.post('/api/v1/accounts', {
      email: 'would-be-platform@example.test',
      displayName: 'Iemand',
      roles: ['platformAdministrator'],
    });
    expect([res.status, res.body.error.code]).toEqual([422, 'ROLE_NOT_GRANTABLE']);
  });
});

describe('its first coordinator', () => {
  it('is invited by e-mail, signs in to the new collaboration and runs it', async () => {
    const made = (
      await platform.post('/api/v1/platform/collaborations', newCollaboration({ zones: ['elz13'] }))
    ).body;
    const email = `eerste-coordinator-${Date.now()}@example.test`;
    const res = await platform.post(`/api/v1/platform/collaborations/${made.id}/coordinators`, {
      email,
      displayName: 'Eerste Coördinator',
    });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ email, roles: ['coordinator', 'administrator'], status: 'invited' });
    const token = await invitationToken(email);
    expect(token).toBeTruthy();
    // A new collaboration asks its coordinator for a second factor (ADR 036); this test signs in without.
    await upsertSecondFactorRule(t.db, made.id, 'nobody');
    const accepted = await t.request('POST', '/api/v1/invitations/accept', {
      body: { token, password: 'a long enough passphrase' },
    });
    expect(accepted.status).toBe(200);
    const coordinator = await t.login(email, 'a long enough passphrase');
    // Its own zones, its own (empty) referrals: the new collaboration, not the platform's.
    expect(
      (await coordinator.get('/api/v1/collaboration/zones')).body.zones.map((z: { code: string }) => z.code),
    ).toEqual(['elz13']);
    expect((await coordinator.get('/api/v1/referrals')).body).toEqual([]);
    // The new collaboration's trail says who made it and who invited its coordinator.
    const audit = await t.db.execute(
      sql`select action, entity_type from audit_events where collaboration_id = ${made.id} order by id`,
    );
    expect(audit.rows).toEqual(
      expect.arrayContaining([
        { action: 'create', entity_type: 'collaboration' },
        { action: 'invite', entity_type: 'account' },
      ]),
    );
  });

  it('404 for a collaboration that does not exist; 400 for a bad address', async () => {
    const missing = await platform.post(
      '/api/v1/platform/collaborations/00000000-0000-4000-8000-000000000000/coordinators',
      {
        email: 'x@example.test',
        displayName: 'X',
      },
    );
    expect(missing.status).toBe(404);
    const bad = await platform.post(`/api/v1/platform/collaborations/${firstId}/coordinators`, {
      email: 'not an address',
      displayName: 'X',
    });
    expect(bad.status).toBe(400);
  });
});

describe('the platform never opens a family file', () => {
  it('not a referral, not a family, not a list — even on an account that is a coordinator too', async () => {
    const referral = (await desk.post('/api/v1/referrals', referralBody())).body;
    expect(referral.id).toBeTruthy();
    const email = `both-${Date.now()}@example.test`;
    await createUser(t.db, {
      collaborationId: firstId,
      email,
      displayName: 'Platform en coördinator',
      password: TEST_PASSWORD,
      roles: ['coordinator', 'platformAdministrator'],
    });
    const both = await t.login(email);
    for (const session of [platform, both]) {
      expect((await session.get(`/api/v1/referrals/${referral.id}`)).status).toBe(403);
      expect((await session.get(`/api/v1/families/${referral.familyId}`)).status).toBe(403);
      expect((await session.get('/api/v1/referrals')).status).toBe(403);
    }
  });
});

describe('one referral door (issue 15 point 3)', () => {
  const byMunicipality = (session: Session, municipalityNis: string) =>
    session.post('/api/v1/referrals/by-municipality', {
      ...referralBody(),
      family: { ...referralBody().family, municipalityNis },
    });

  it('the family’s municipality routes the referral to the collaboration that serves it', async () => {
    // Dender (elz9) went to the collaboration made above; Sint-Niklaas (elz57) is the desk's own.
    const partnerTenant = await t.createTenant({ zones: [] });
    const partner = await partnerTenant.as('partnerReferrer');
    const zones = (await platform.get('/api/v1/platform/zones')).body;
    const dender = zones.find((z: { code: string }) => z.code === 'elz9').collaboration;
    const routed = await byMunicipality(partner, '42006'); // Dendermonde, zone elz9
    expect(routed.status, routed.text).toBe(201);
    expect(routed.body).toMatchObject({ routed: true, collaboration: dender });
    const home = await byMunicipality(desk, '46021'); // Sint-Niklaas
    expect(home.status).toBe(201);
    expect(home.body).toMatchObject({ routed: false, collaboration: { id: firstId } });
    // The receiving collaboration has it, on its intake desk; the registrant's own does not.
    const rows = await t.db.execute(
      sql`select collaboration_id, registrant_organisation_id from referrals where id = ${routed.body.id}`,
    );
    expect(rows.rows).toEqual([{ collaboration_id: dender.id, registrant_organisation_id: null }]);
    expect((await partner.get('/api/v1/referrals')).body).toEqual([]);
    // Audited on both sides.
    const audit = await t.db.execute(
      sql`select collaboration_id from audit_events where entity_id = ${routed.body.id} and action = 'create'`,
    );
    expect(audit.rows.map((r) => (r as { collaboration_id: string }).collaboration_id).sort()).toEqual(
      [dender.id, partnerTenant.collaboration.id].sort(),
    );
  });

  it('tells the partner when no collaboration of the installation serves the municipality', async () => {
    const res = await byMunicipality(desk, '41002'); // Aalst, zone elz36: nobody's
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('MUNICIPALITY_NOT_SERVED');
    expect(res.body.error.message).toContain('Aalst');
    expect(res.body.error.details[0].field).toBe('family.municipalityNis');
  });

  it('is not for the platform or a steering member', async () => {
    const steering = await (await t.createTenant({ zones: [] })).as('steeringMember');
    for (const session of [platform, steering])
      expect((await byMunicipality(session, '42006')).status).toBe(403);
  });
});

describe('figures across collaborations (issue 15 point 5)', () => {
  it('the analyst reads the same intake figures per collaboration side by side, small counts suppressed', async () => {
    const analyst = await (await t.createTenant({ zones: [] })).as('platformAnalyst');
    const res = await analyst.get('/api/v1/platform/figures');
    expect(res.status).toBe(200);
    const first = res.body.find((r: { collaboration: { id: string } }) => r.collaboration.id === firstId);
    expect(first.figures.suppressed).toBe(true);
    // The first collaboration received a handful of referrals: too few to show (ADR 004).
    expect(first.figures.received).toBeNull();
    expect(JSON.stringify(res.body)).not.toContain('Sint-Niklaas');
    expect((await platform.get('/api/v1/platform/figures')).status).toBe(200);
  });

  it('is the platform’s only, and refuses a bad period', async () => {
    expect((await desk.get('/api/v1/platform/figures')).status).toBe(403);
    expect((await platform.get('/api/v1/platform/figures?from=2026-13-01')).status).toBe(400);
    const reversed = await platform.get('/api/v1/platform/figures?from=2026-06-01&to=2026-01-01');
    expect(reversed.status).toBe(422);
  });
});
