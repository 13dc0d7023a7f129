import { sql } from 'drizzle-orm';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { referralBody } from '../support/factories';
import { setupTestApp } from '../support/test-app';

const t = await setupTestApp();

async function auditRows(entityId: string) {
  const result = await t.db.execute(
    sql`select action, actor_display_name from audit_events where entity_id = ${entityId} order by id`,
  );
  return result.rows as { action: string; actor_display_name: string }[];
}

describe('audit trail', () => {
  it('records every read and write of a referral, and the coordinator reads who did what', async () => {
    const tenant = await t.createTenant();
    const coach = await tenant.as('coach');
    const coordinator = await tenant.as('coordinator');
    const id = (await coach.post('/api/v1/referrals', referralBody())).body.id;
    await coordinator.get(`/api/v1/referrals/${id}`);
    await coordinator.get('/api/v1/referrals');
    await coach.post(`/api/v1/referrals/${id}/decision`, { outcome: 'waitingList' });

    expect((await auditRows(id)).map((r) => r.action)).toEqual(['create', 'read', 'list', 'decide']);

    const trail = await coordinator.get(`/api/v1/referrals/${id}/audit`);
    expect(trail.status).toBe(200);
    expect(
      trail.body.items.map((e: { action: string; actor: { displayName: string } }) => [
        e.action,
        e.actor.displayName,
      ]),
    ).toEqual([
      ['create', coach.user.displayName],
      ['read', coordinator.user.displayName],
      ['list', coordinator.user.displayName],
      ['decide', coach.user.displayName],
    ]);
    expect(trail.body.items[3].details).toMatchObject({ outcome: 'waitingList' });
    // Reading the trail is a read too.
    expect((await auditRows(id)).at(-1)?.action).toBe('read');
  });

  it('writes no audit row for a change that did not happen', async () => {
    const tenant = await t.createTenant();
    const desk = await tenant.as('coordinator');
    const id = (await desk.post('/api/v1/referrals', referralBody())).body.id;
    const before = (await auditRows(id)).length;
    const res = await desk.post(`/api/v1/referrals/${id}/decision`, { outcome: 'notStarted' });
    expect(res.status).toBe(422);
    expect((await auditRows(id)).length).toBe(before);
  });

  it('cannot be changed or deleted, not even with SQL through the app’s connection', async () => {
    const tenant = await t.createTenant();
    const desk = await tenant.as('coordinator');
    const id = (await desk.post('/api/v1/referrals', referralBody())).body.id;
    // The app's role may only append (ADR 018) …
    const denied = { cause: expect.objectContaining({ code: '42501' }) };
    await expect(
      t.db.execute(sql`update audit_events set action = 'nothing' where entity_id = ${id}`),
    ).rejects.toMatchObject(denied);
    await expect(t.db.execute(sql`delete from audit_events where entity_id = ${id}`)).rejects.toMatchObject(
      denied,
    );
    await expect(t.db.execute(sql`truncate audit_events`)).rejects.toMatchObject(denied);
    // … and the trigger of migration 0001 refuses even the owner of the table.
    const owner = new pg.Client({ connectionString: t.database.ownerUrl });
    await owner.connect();
    try {
      await expect(owner.query(`delete from audit_events where entity_id = '${id}'`)).rejects.toThrow(
        'audit_events is append-only',
      );
    } finally {
      await owner.end();
    }
    expect((await auditRows(id)).map((r) => r.action)).toEqual(['create']);
  });
});
