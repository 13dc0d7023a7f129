// Issue 15 point 2, ADR 053: PostgreSQL is the second wall between collaborations. Even a query
// that forgets its filter sees one collaboration's rows only, a row for another collaboration is
// refused, and code outside every collaboration sees no family data at all.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { inCollaboration, outsideCollaborations } from '../../src/server/platform/db/tenant-context';
import { settingsSent } from '../../src/server/platform/db/tenant-pool';
import { referralBody } from '../support/factories';
import { setupTestApp } from '../support/test-app';

const t = await setupTestApp();
const refusedByPolicy = { cause: expect.objectContaining({ code: '42501' }) };

const a = await t.createTenant();
// Zones are one collaboration's each (issue 15): B serves another one, so both route referrals.
const b = await t.createTenant({ zones: ['elz13'] });
for (const tenant of [a, b]) {
  const desk = await tenant.as('coordinator');
  expect((await desk.post('/api/v1/referrals', referralBody())).status).toBe(201);
}
const A = a.collaboration.id;
const B = b.collaboration.id;

/** The collaborations of the rows a statement without any filter returns. */
async function collaborationsSeen(table: 'families' | 'referrals' | 'audit_events') {
  const { rows } = await t.appDb.execute(sql.raw(`select distinct collaboration_id as id from ${table}`));
  return rows.map((r) => r.id);
}

describe('row-level security per collaboration', () => {
  it('shows a query that forgets its filter only the rows of the collaboration it runs in', async () => {
    expect(await inCollaboration(A, () => collaborationsSeen('families'))).toEqual([A]);
    expect(await inCollaboration(B, () => collaborationsSeen('families'))).toEqual([B]);
    expect(await inCollaboration(A, () => collaborationsSeen('referrals'))).toEqual([A]);
    expect(await inCollaboration(B, () => collaborationsSeen('audit_events'))).toEqual([B]);
    // In a transaction too (drizzle checks a connection out of the pool for it).
    const inTransaction = await inCollaboration(A, () =>
      t.appDb.transaction(
        async (tx) => (await tx.execute(sql`select collaboration_id as id from families`)).rows,
      ),
    );
    expect(inTransaction.map((r) => r.id)).toEqual([A]);
  });

  it('refuses to write a row for another collaboration, and to move a row into one', async () => {
    const [municipality] = (await t.db.execute(sql`select nis_code from municipalities limit 1`)).rows;
    await expect(
      inCollaboration(A, () =>
        t.appDb.execute(
          sql`insert into families (collaboration_id, municipality_nis) values (${B}, ${municipality?.nis_code})`,
        ),
      ),
    ).rejects.toMatchObject(refusedByPolicy);
    await expect(
      inCollaboration(A, () => t.appDb.execute(sql`update families set collaboration_id = ${B}`)),
    ).rejects.toMatchObject(refusedByPolicy);
    // Another collaboration's audit trail takes no entry either.
    await expect(
      inCollaboration(A, () =>
        t.appDb.execute(
          sql`insert into audit_events (collaboration_id, actor_user_id, action, entity_type, entity_id)
              values (${B}, null, 'read', 'family', 'x')`,
        ),
      ),
    ).rejects.toMatchObject(refusedByPolicy);
    // A delete that forgets its filter reaches its own collaboration's rows only.
    let deletedInA = -1;
    await inCollaboration(A, () =>
      t.appDb.transaction(async (tx) => {
        deletedInA = (await tx.execute(sql`delete from not_started_reasons`)).rowCount ?? -1;
        tx.rollback();
      }),
    ).catch(() => {});
    const ownOfA = await t.db.execute(
      sql`select count(*)::int as n from not_started_reasons where collaboration_id = ${A}`,
    );
    expect(deletedInA).toBe(ownOfA.rows[0]?.n);
    expect(deletedInA).toBeGreaterThan(0);
  });

  it('shows no family data outside every collaboration, set or not', async () => {
    expect(await outsideCollaborations(() => collaborationsSeen('families'))).toEqual([]);
    expect(await collaborationsSeen('referrals')).toEqual([]);
    const { rows } = await t.appDb.execute(sql`select count(*)::int as n from family_members`);
    expect(rows[0]).toEqual({ n: 0 });
    // While which collaboration serves a zone stays readable: referrals are routed by it.
    const zones = await t.appDb.execute(sql`select distinct collaboration_id as id from collaboration_zones`);
    expect(zones.rows.map((r) => r.id).sort()).toEqual([A, B].sort());
  });

  it('keeps the right collaboration after a transaction that switched inside and rolled back', async () => {
    await inCollaboration(A, () =>
      t.appDb
        .transaction(async (tx) => {
          await tx.execute(sql`select 1`);
          await inCollaboration(B, () => tx.execute(sql`select 1`)); // set inside the transaction
          tx.rollback(); // PostgreSQL undoes that setting with it
        })
        .catch(() => {}),
    );
    for (let i = 0; i < 8; i += 1) {
      expect(await inCollaboration(B, () => collaborationsSeen('families'))).toEqual([B]);
      expect(await inCollaboration(A, () => collaborationsSeen('families'))).toEqual([A]);
    }
  });

  it('sends the setting only when a connection changes collaboration: nearly no extra round trips', async () => {
    const before = settingsSent(t.database.pool);
    for (let i = 0; i < 40; i += 1) await inCollaboration(A, () => collaborationsSeen('families'));
    // At most once per connection of the pool (5), not once per statement.
    expect(settingsSent(t.database.pool) - before).toBeLessThanOrEqual(5);
  });

  it('runs a signed-in request in its collaboration: a list of referrals is the actor’s only', async () => {
    const desk = await a.as('coordinator');
    const list = await desk.get('/api/v1/referrals');
    expect(list.status).toBe(200);
    expect(list.body).toHaveLength(1);
  });

  it('covers every table with a collaboration_id, so that a new one cannot forget it', async () => {
    const { rows } = await t.db.execute(sql`
      select c.relname as name, c.relrowsecurity as secured,
             (select count(*)::int from pg_policy p where p.polrelid = c.oid) as policies,
             exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'collaboration_id'
                      and not a.attisdropped) as tenant
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'public' and c.relkind in ('r', 'p')
       order by c.relname`);
    const unwalled = rows.filter((r) => r.tenant && (!r.secured || r.policies === 0)).map((r) => r.name);
    expect(unwalled).toEqual([]);
    // Tables without a collaboration_id are open to the application: reference data and rows
    // keyed by a secret or a person's id (ADR 053). A new one must be judged and listed here.
    const open = rows.filter((r) => !r.tenant && !r.secured).map((r) => r.name);
    expect(open).toEqual([
      'collaborations',
      // A second factor by e-mail (ADR 051): a person's confirmed mailbox and the codes sent to it.
      'email_codes',
      'email_second_factors',
      'external_identities',
      'municipalities',
      'passkeys',
      'password_resets',
      'pending_sign_ins',
      'primary_care_zones',
      'recovery_codes',
      'second_factors',
      'session_devices',
      'single_sign_on_attempts',
      'webauthn_challenges',
    ]);
    // Family data without a collaboration_id of its own is walled through its parent row.
    const throughParent = rows.filter((r) => !r.tenant && r.secured).map((r) => [r.name, r.policies]);
    expect(throughParent).toEqual([['document_contents', 1]]);
  });
});
