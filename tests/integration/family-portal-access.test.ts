// A family member's own account (issue 13, ADR 044) reaches its portal and its own account, and
// nothing else: every declared route of the API is walked as a family member, with the ids of
// its own and of another family filled in; every staff route stays shut. The portal reads the
// member's own family, taken from the session, and every portal read leaves an audit row.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signInAsFamilyMember } from '../support/family-accounts';
import { assign, planBody, startedFamily } from '../support/journey';
import { type Session, setupTestApp } from '../support/test-app';

const t = await setupTestApp();
let desk: Session;
let worker: Session;
let parent: Session;
const own: Record<string, string> = {};
const other: Record<string, string> = {};

const FAMILY_REACHES = new Set(['family', 'authenticated', 'public']);
// Signing out and ending sessions would end the session the walk goes on with; they are the
// member's own account's routes, reached like anyone's.
const OWN_ACCOUNT_ENDERS = /^(POST \/api\/v1\/auth\/logout|DELETE \/api\/v1\/auth\/sessions)/;

beforeAll(async () => {
  const tenant = await t.createTenant();
  desk = await tenant.as('coordinator');
  worker = await tenant.as('liaisonWorker');
  for (const [ids, familyName] of [
    [own, 'Voorbeeld'],
    [other, 'Anderen'],
  ] as const) {
    const { familyId, referralId } = await startedFamily(desk, {
      family: {
        municipalityNis: '46021',
        members: [
          { role: 'child', givenName: 'Testkind', familyName, birthDate: '2012-05-06' },
          { role: 'parent', givenName: 'Testouder', familyName },
        ],
      },
    });
    const file = await assign(desk, familyId, worker);
    await worker.put(`/api/v1/families/${familyId}/plan`, planBody());
    ids.family = familyId;
    ids.referral = referralId;
    ids.member = file.members.find((m: { role: string }) => m.role === 'parent').id;
    ids.assignment = file.assignments[0].id;
  }
  parent = await signInAsFamilyMember(t, { familyId: own.family as string, memberId: own.member as string });
});

function urlOf(template: string, ids: Record<string, string>): string {
  return template.replace(/:(\w+)/g, (_, name: string) => {
    if (name === 'id') return ids.family as string;
    if (name === 'memberId') return ids.member as string;
    if (name === 'assignmentId') return ids.assignment as string;
    if (name === 'version' || name === 'week' || name === 'year') return '1';
    return ids.family as string; // any uuid-shaped id: access is decided before the id is read
  });
}

describe('a family member’s account', () => {
  it('finds every staff route shut, with its own family’s ids and another’s', async () => {
    const routes = t.app.declaredRoutes.filter((r) => r.url.startsWith('/api/v1') && r.method !== 'HEAD');
    expect(routes.length).toBeGreaterThan(100);
    const shut = routes.filter((r) => !FAMILY_REACHES.has(r.access));
    expect(shut.length).toBeGreaterThan(100);
    for (const route of shut) {
      for (const ids of [own, other]) {
        const url = urlOf(route.url, ids);
        const method = route.method as 'GET' | 'POST' | 'PUT' | 'DELETE';
        const res = await t.request(method, url, {
          cookie: parent.cookie,
          csrf: parent.csrf,
          ...(method === 'GET' || method === 'DELETE' ? {} : { body: {} }),
        });
        expect(res.status, `${route.method} ${route.url} (${route.access})`).toBe(403);
        expect(res.text).not.toContain('Anderen');
        expect(res.text).not.toContain('Voorbeeld');
      }
    }
    // Its own account still works after the walk: nothing above ended or changed it.
    expect((await parent.get('/api/v1/auth/session')).status).toBe(200);
  });

  it('reaches the portal, its own account and the door, nothing else', () => {
    const reached = t.app.declaredRoutes
      .filter((r) => r.url.startsWith('/api/v1') && FAMILY_REACHES.has(r.access) && r.method !== 'HEAD')
      .filter((r) => !OWN_ACCOUNT_ENDERS.test(`${r.method} ${r.url}`));
    for (const route of reached) {
      if (route.access === 'family') expect(route.url, route.url).toMatch(/^\/api\/v1\/portal\//);
      else expect(route.url, route.url).toMatch(/^\/api\/v1\/(auth|invitations)\//);
    }
    expect(reached.some((r) => r.access === 'family')).toBe(true);
  });

  it('reads its own family: who we are, who is signed in, who works with us — audited', async () => {
    const res = await parent.get('/api/v1/portal/overview');
    expect(res.status, res.text).toBe(200);
    expect(res.body.familyId).toBe(own.family);
    expect(res.body.label).toBe('Voorbeeld');
    expect(res.body.me).toMatchObject({ id: own.member, role: 'parent', givenName: 'Testouder' });
    expect(res.body.members).toHaveLength(2);
    expect(res.body.workers).toEqual([{ displayName: worker.user.displayName, organisation: null }]);
    expect(res.text).not.toContain('Anderen');
    const { rows } = await t.db.execute(
      sql`select actor_user_id as "actor", details from audit_events
           where family_id = ${own.family} and action = 'read' and details->>'portal' = 'overview'`,
    );
    expect(rows).toEqual([{ actor: parent.user.id, details: { portal: 'overview' } }]);
  });

  it('is a session of a family member: no roles, no permissions', async () => {
    const session = await parent.get('/api/v1/auth/session');
    expect(session.body.user.roles).toEqual([]);
    expect(session.body.user.permissions).toEqual([]);
  });
});

describe('the portal', () => {
  it('is shut to professionals and to whoever is not signed in', async () => {
    expect((await desk.get('/api/v1/portal/overview')).status).toBe(403);
    expect((await worker.get('/api/v1/portal/overview')).status).toBe(403);
    expect((await t.request('GET', '/api/v1/portal/overview')).status).toBe(401);
  });

  it('shuts when the account is deactivated', async () => {
    const member = await signInAsFamilyMember(t, {
      familyId: other.family as string,
      memberId: other.member as string,
    });
    expect((await member.get('/api/v1/portal/overview')).body.label).toBe('Anderen');
    await t.db.execute(sql`update users set is_active = false where id = ${member.user.id}`);
    expect((await member.get('/api/v1/portal/overview')).status).toBe(401);
  });
});
