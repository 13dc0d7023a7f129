// Partner organisations (issue 12 point 1): the administrator and the coordinator add, edit and
// deactivate them; every change is audited; other roles and other collaborations cannot.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Session, setupTestApp } from '../support/test-app';

const t = await setupTestApp();
let desk: Session;
let admin: Session;

beforeAll(async () => {
  const tenant = await t.createTenant();
  desk = await tenant.as('coordinator');
  admin = await tenant.as('administrator');
});

const cgg = {
  name: 'CGG De Pont',
  kind: 'cgg',
  address: 'Stationsstraat 1, 9100 Sint-Niklaas',
  contactName: 'Onthaal',
  contactEmail: 'Onthaal@CGG.example.test',
  contactPhone: '03 000 00 00',
};

const auditOf = async (id: string) =>
  (
    await t.db.execute(
      sql`select action, entity_type, actor_user_id, details from audit_events where entity_id = ${id} order by id`,
    )
  ).rows as {
    action: string;
    entity_type: string;
    actor_user_id: string;
    details: Record<string, unknown>;
  }[];

describe('partner organisations', () => {
  it('are added, edited, deactivated and reactivated by a coordinator, each change audited', async () => {
    const added = await desk.post('/api/v1/organisations', cgg);
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      ...cgg,
      contactEmail: 'onthaal@cgg.example.test',
      isActive: true,
      version: 1,
    });
    const id = added.body.id;

    const edited = await desk.put(`/api/v1/organisations/${id}`, {
      ...cgg,
      name: 'CGG De Pont vzw',
      baseVersion: 1,
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ name: 'CGG De Pont vzw', version: 2 });

    const off = await desk.post(`/api/v1/organisations/${id}/deactivate`, { baseVersion: 2 });
    expect(off.body).toMatchObject({ isActive: false, version: 3 });
    // Deactivated, not deleted: the list still names it, marked.
    const listed = (await desk.get('/api/v1/organisations')).body.find((o: { id: string }) => o.id === id);
    expect(listed).toMatchObject({ name: 'CGG De Pont vzw', isActive: false });

    const on = await admin.post(`/api/v1/organisations/${id}/reactivate`, { baseVersion: 3 });
    expect(on.body).toMatchObject({ isActive: true, version: 4 });

    const audit = await auditOf(id);
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'deactivate', 'reactivate']);
    expect(audit.every((a) => a.entity_type === 'organisation')).toBe(true);
    expect(audit[1]?.details).toEqual({ changed: ['name'] });
    // The contact person's details never go into the trail.
    expect(JSON.stringify(audit)).not.toMatch(/onthaal|03 000/i);
  });

  it('answers a stale edit with 409 RECORD_CHANGED and the organisation as it is now', async () => {
    const id = (await desk.post('/api/v1/organisations', { name: 'CAW Oost', kind: 'caw' })).body.id;
    await desk.put(`/api/v1/organisations/${id}`, {
      name: 'CAW Oost-Vlaanderen',
      kind: 'caw',
      baseVersion: 1,
    });
    const stale = await admin.put(`/api/v1/organisations/${id}`, {
      name: 'CAW O-Vl',
      kind: 'caw',
      baseVersion: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('RECORD_CHANGED');
    expect(stale.body.error.details).toMatchObject({
      currentVersion: 2,
      current: { name: 'CAW Oost-Vlaanderen' },
    });
  });

  it('refuses bad input with a code and the field, never a 500', async () => {
    const noName = await desk.post('/api/v1/organisations', { name: '  ', kind: 'clb' });
    expect(noName.status).toBe(400);
    const badKind = await desk.post('/api/v1/organisations', { name: 'X', kind: 'bank' });
    expect(badKind.status).toBe(400);
    const badMail = await desk.post('/api/v1/organisations', {
      name: 'X',
      kind: 'clb',
      contactEmail: 'nope',
    });
    expect(badMail.status).toBe(400);
    expect(JSON.stringify(badMail.body.error.details)).toContain('contactEmail');
  });

  it('are not kept by other roles, and another collaboration gets 404', async () => {
    const id = (
      await desk.post('/api/v1/organisations', { name: 'Huis van het Kind Beveren', kind: 'huisVanHetKind' })
    ).body.id;
    const tenant = await t.createTenant();
    const stranger = await tenant.as('coordinator');
    const edit = await stranger.put(`/api/v1/organisations/${id}`, {
      name: 'Mine',
      kind: 'other',
      baseVersion: 1,
    });
    expect(edit.status).toBe(404);
    expect((await stranger.post(`/api/v1/organisations/${id}/deactivate`, { baseVersion: 1 })).status).toBe(
      404,
    );
    expect((await stranger.get('/api/v1/organisations')).body.map((o: { id: string }) => o.id)).not.toContain(
      id,
    );

    const own = await t.createTenant();
    for (const role of ['liaisonWorker', 'staffOfficer', 'steeringMember', 'leadPartner'] as const) {
      const person = await own.as(role);
      const res = await person.post('/api/v1/organisations', { name: 'Nope', kind: 'school' });
      expect(res.status, role).toBe(403);
    }
  });
});
