// Issue 13 point 1 (ADR 044): the worker with the file invites a parent or a young person from 12
// by e-mail link or by a one-time code handed over at a home visit; accepting sets a password and
// signs in to the portal; the worker closes the account from the file. All audited.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { assign, startedFamily } from '../support/journey';
import { type Session, setupTestApp, TEST_PASSWORD } from '../support/test-app';

const t = await setupTestApp();
let worker: Session;
let colleague: Session;
let familyId: string;
const memberIds: Record<'teen' | 'young' | 'parent' | 'other', string> = {} as never;

beforeAll(async () => {
  const tenant = await t.createTenant();
  const desk = await tenant.as('coordinator');
  worker = await tenant.as('liaisonWorker');
  colleague = await tenant.as('liaisonWorker');
  ({ familyId } = await startedFamily(desk, {
    family: {
      municipalityNis: '46021',
      members: [
        { role: 'child', givenName: 'Tiener', familyName: 'Voorbeeld', birthDate: '2010-01-01' },
        { role: 'child', givenName: 'Klein', familyName: 'Voorbeeld', birthDate: '2020-01-01' },
        { role: 'parent', givenName: 'Testouder', familyName: 'Voorbeeld' },
        { role: 'parent', givenName: 'Zonder', familyName: 'Mail' },
      ],
    },
  }));
  const file = await assign(desk, familyId, worker);
  const byName = (name: string) => file.members.find((m: { givenName: string }) => m.givenName === name).id;
  memberIds.teen = byName('Tiener');
  memberIds.young = byName('Klein');
  memberIds.parent = byName('Testouder');
  memberIds.other = byName('Zonder');
});

const invite = (as: Session, member: string, body: unknown) =>
  as.post(`/api/v1/families/${familyId}/members/${member}/account`, body);

async function outboxToken(email: string) {
  const { rows } = await t.db.execute(
    sql`select body from outbox where recipient = ${email} order by created_at desc limit 1`,
  );
  return (rows[0] as { body: string } | undefined)?.body.match(/\/invitation#([\w-]+)/)?.[1];
}

async function accept(token: string) {
  const res = await t.request('POST', '/api/v1/invitations/accept', {
    body: { token, password: TEST_PASSWORD },
  });
  expect(res.status, res.text).toBe(200);
  const cookie = String(res.headers['set-cookie']).split(';')[0] as string;
  return { cookie, csrf: res.body.csrfToken as string };
}

describe('an invitation by e-mail', () => {
  it('invites a young person of 12 or older; the link sets a password and opens the portal', async () => {
    const email = `tiener-${Date.now()}@example.test`;
    const res = await invite(worker, memberIds.teen, { method: 'email', email });
    expect(res.status, res.text).toBe(200);
    expect(res.body.code).toBeNull();
    expect(res.body.account).toMatchObject({
      memberId: memberIds.teen,
      status: 'invited',
      signInWith: email,
    });
    const token = await outboxToken(email);
    expect(token).toBeTruthy();
    const session = await accept(token as string);
    const overview = await t.request('GET', '/api/v1/portal/overview', { cookie: session.cookie });
    expect(overview.status, overview.text).toBe(200);
    expect(overview.body.me.givenName).toBe('Tiener');
    const again = await invite(worker, memberIds.teen, { method: 'email', email });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('FAMILY_ACCOUNT_EXISTS');
  });

  it('refuses a child under 12 (R27), and a worker without the file', async () => {
    const young = await invite(worker, memberIds.young, { method: 'email', email: 'klein@example.test' });
    expect(young.status).toBe(422);
    expect(young.body.error.code).toBe('FAMILY_ACCOUNT_TOO_YOUNG');
    expect(young.body.error.message).toMatch(/12/);
    const stranger = await invite(colleague, memberIds.parent, { method: 'email', email: 'x@example.test' });
    expect(stranger.status).toBe(403);
  });
});

describe('an invitation by one-time code (a family without e-mail)', () => {
  it('answers a sign-in name and a code once; the code, typed loosely, sets a password; the name signs in', async () => {
    const res = await invite(worker, memberIds.other, { method: 'code' });
    expect(res.status, res.text).toBe(200);
    const { code, account } = res.body;
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(account.signInWith).toMatch(/^zonder\d{4}$/);
    // Not in the outbox, not in the trail: shown to the worker this once.
    const { rows } = await t.db.execute(
      sql`select count(*)::int as n from audit_events where details::text like ${`%${code}%`}`,
    );
    expect(rows[0]).toEqual({ n: 0 });
    const lookup = await t.request('POST', '/api/v1/invitations/lookup', {
      body: { token: code.toLowerCase() },
    });
    expect(lookup.status, lookup.text).toBe(200);
    expect(lookup.body.email).toBe(account.signInWith);
    await accept(code.replace('-', ''));
    const login = await t.login(account.signInWith);
    expect((await login.get('/api/v1/portal/overview')).body.me.givenName).toBe('Zonder');
    const used = await t.request('POST', '/api/v1/invitations/accept', {
      body: { token: code, password: TEST_PASSWORD },
    });
    expect(used.status).toBe(409);
  });
});

describe('closing an account from the file', () => {
  it('ends its sessions at once, shows it closed, and is audited', async () => {
    const email = `ouder-${Date.now()}@example.test`;
    await invite(worker, memberIds.parent, { method: 'email', email });
    const session = await accept((await outboxToken(email)) as string);
    const listed = await worker.get(`/api/v1/families/${familyId}/family-accounts`);
    expect(listed.status).toBe(200);
    expect(listed.body.map((a: { memberId: string }) => a.memberId)).toContain(memberIds.parent);
    const closed = await worker.post(
      `/api/v1/families/${familyId}/members/${memberIds.parent}/account/deactivate`,
      {},
    );
    expect(closed.status, closed.text).toBe(200);
    expect(closed.body.status).toBe('deactivated');
    expect((await t.request('GET', '/api/v1/portal/overview', { cookie: session.cookie })).status).toBe(401);
    const { rows } = await t.db.execute(
      sql`select action from audit_events where family_id = ${familyId} and entity_type = 'account' order by id`,
    );
    expect(rows.map((r) => r.action)).toEqual(['invite', 'invite', 'invite', 'deactivate']);
  });
});
