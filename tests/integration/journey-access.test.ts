// Family files are opened by relationship (ADR 010): every family, plan and trajectory route is
// walked as a stranger from another collaboration (404), a colleague not assigned (the limited
// view), a steering member and an administrator (nothing) — and every read leaves an audit row.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayIso } from '../../src/domain/dates';
import { assign, planBody, startedFamily } from '../support/journey';
import { type Session, setupTestApp } from '../support/test-app';

const t = await setupTestApp();
const today = todayIso();
let tenant: Awaited<ReturnType<typeof t.createTenant>>;
let desk: Session;
let worker: Session;
const ids: Record<string, string> = {};

const NO_ID = '00000000-0000-4000-8000-000000000000';

type Call = { method: 'GET' | 'POST' | 'PUT'; url: string; body?: unknown };

// A valid body for each route that takes one: access is decided on valid requests.
const bodies: Record<string, unknown> = {
  'POST /api/v1/families/:id/members': { role: 'child', givenName: 'Nieuw' },
  'PUT /api/v1/families/:id/members/:memberId': {
    role: 'child',
    givenName: 'Testkind',
    familyName: 'Voorbeeld',
    baseVersion: 1,
  },
  'POST /api/v1/families/:id/network': { kind: 'informal', name: 'Buur' },
  'PUT /api/v1/families/:id/network/:networkMemberId': { kind: 'informal', name: 'Oma', baseVersion: 1 },
  'POST /api/v1/families/:id/assignments': { userId: '00000000-0000-4000-8000-000000000000' },
  'POST /api/v1/families/:id/merge': { mergeFamilyId: '00000000-0000-4000-8000-000000000000' },
  'PUT /api/v1/families/:id/assignments/:assignmentId/end': { toOn: today },
  'PUT /api/v1/families/:id/plan': planBody({ baseVersion: 1 }),
  'POST /api/v1/families/:id/plan/versions/:version/agreement': {
    agreedOn: today,
    agreedBy: ['Testouder'],
    method: 'inConversation',
  },
  'POST /api/v1/families/:id/trajectories': { kind: 'shortTerm', fundingLine: 'regular' },
  'PUT /api/v1/trajectories/:id': { baseVersion: 1 },
  'POST /api/v1/trajectories/:id/extension': {
    reason: 'Nog nodig',
    untilOn: addDays(today, 200),
    baseVersion: 1,
  },
  'POST /api/v1/trajectories/:id/extension/accept': { baseVersion: 1 },
  'POST /api/v1/trajectories/:id/close': { closedOn: today, reason: 'other', baseVersion: 1 },
  'POST /api/v1/trajectories/:id/meetings': { plannedOn: today },
  'PUT /api/v1/trajectories/:id/meetings/:meetingId': {
    heldOn: today,
    participants: ['moeder'],
    decisions: 'Afspraken',
    isFamilyPresent: true,
    baseVersion: 1,
  },
  'POST /api/v1/families/:id/contacts': { kind: 'phone', occurredOn: today, durationMinutes: 5 },
  'PUT /api/v1/trajectories/:id/care-weeks/:week': { minutes: 60, baseVersion: 0 },
  // Consent and sharing (R29), minors (R27), marks (R28).
  'POST /api/v1/families/:id/consents': {
    memberId: NO_ID,
    recipient: 'partner',
    organisationId: NO_ID,
    purpose: 'Overdracht',
    scopes: ['plan'],
    formDate: today,
  },
  'POST /api/v1/families/:id/consents/:consentId/withdrawal': { baseVersion: 1 },
  'POST /api/v1/families/:id/sharings': { organisationId: NO_ID, purpose: 'Overdracht', scope: 'plan' },
  'POST /api/v1/families/:id/competence-assessments': {
    memberId: NO_ID,
    reason: 'Beoordeeld',
    assessedOn: today,
    reviewOn: addDays(today, 30),
  },
  'PUT /api/v1/families/:id/contacts/:contactId/marks': { neverShown: 'courtDocument', baseVersion: 0 },
  'POST /api/v1/families/:id/members/:memberId/account': { method: 'email', email: 'gezin@example.test' },
  'POST /api/v1/families/:id/members/:memberId/account/deactivate': {},
  'POST /api/v1/families/:id/members/:memberId/account/instruction-sheet': { locale: 'nl' },
  // Documents (ADR 052).
  'POST /api/v1/families/:id/documents': {
    title: 'Verslag',
    fileName: 'verslag.pdf',
    contentBase64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64'),
  },
  'PUT /api/v1/families/:id/documents/:documentId/marks': { forCourt: true, baseVersion: 1 },
  'POST /api/v1/families/:id/documents/:documentId/share': { baseVersion: 1 },
  'POST /api/v1/families/:id/documents/:documentId/unshare': { baseVersion: 1 },
  // The family's voice (ADR 045): the worker's side.
  'POST /api/v1/families/:id/voice/seen': {},
  'POST /api/v1/families/:id/corrections/:correctionId/answer': { decision: 'declined', reason: 'Nee' },
  'POST /api/v1/families/:id/messages': { text: 'Tot dinsdag' },
};

/** Every declared route on one family's data, with real ids filled in. */
function familyRoutes(): Call[] {
  return t.app.declaredRoutes
    .filter((r) => /^\/api\/v1\/(families\/:id|trajectories\/:id)/.test(r.url) && r.method !== 'HEAD')
    .map((r) => {
      const isTrajectory = r.url.startsWith('/api/v1/trajectories');
      const url = r.url
        .replace(':id', isTrajectory ? (ids.trajectory as string) : (ids.family as string))
        .replace(':memberId', ids.member as string)
        .replace(':networkMemberId', ids.network as string)
        .replace(':assignmentId', ids.assignment as string)
        .replace(':meetingId', ids.meeting as string)
        .replace(':consentId', NO_ID)
        .replace(':contactId', NO_ID)
        .replace(':documentId', ids.document as string)
        .replace(':correctionId', '00000000-0000-4000-8000-000000000000')
        .replace(':week', '1')
        .replace(':version', '1');
      const key = `${r.method} ${r.url}`;
      if (r.method !== 'GET' && !(key in bodies)) throw new Error(`no test body for ${key}`);
      return {
        method: r.method as Call['method'],
        url: r.url.endsWith('/compare') ? `${url}?from=1&to=1` : url,
        body: bodies[key],
      };
    });
}

const call = (s: Session, c: Call) =>
  c.method === 'GET' ? s.get(c.url) : c.method === 'POST' ? s.post(c.url, c.body) : s.put(c.url, c.body);

beforeAll(async () => {
  tenant = await t.createTenant();
  desk = await tenant.as('coordinator');
  worker = await tenant.as('liaisonWorker');
  const { familyId } = await startedFamily(desk);
  ids.family = familyId;
  const file = await assign(desk, familyId, worker);
  ids.assignment = file.assignments[0].id;
  ids.member = file.members[0].id;
  ids.network = (
    await worker.post(`/api/v1/families/${familyId}/network`, { kind: 'informal', name: 'Oma' })
  ).body.network[0].id;
  await worker.put(`/api/v1/families/${familyId}/plan`, planBody());
  const trajectory = await worker.post(`/api/v1/families/${familyId}/trajectories`, {
    kind: 'handover',
    fundingLine: 'regular',
    handover: { receivingServices: [{ organisation: 'CGG Voorbeeld' }] },
  });
  ids.trajectory = trajectory.body.id;
  ids.meeting = (
    await worker.post(`/api/v1/trajectories/${ids.trajectory}/meetings`, { plannedOn: today })
  ).body.meetings[0].id;
  ids.document = (
    await worker.post(
      `/api/v1/families/${ids.family}/documents`,
      bodies['POST /api/v1/families/:id/documents'],
    )
  ).body.id;
});

describe('routes of the family’s journey', () => {
  it('all declare a family, trajectory or caseload permission', () => {
    const routes = t.app.declaredRoutes.filter((r) =>
      /^\/api\/v1\/(families|trajectories|worklist|team\/assignable)/.test(r.url),
    );
    expect(routes.length).toBeGreaterThan(25);
    for (const r of routes)
      expect(r.access, `${r.method} ${r.url}`).toMatch(/^(family|trajectory|caseload):/);
  });

  it('are documented in the OpenAPI document', async () => {
    const doc = await t.request('GET', '/api/docs/json');
    const paths = Object.keys(doc.body.paths);
    for (const route of t.app.declaredRoutes.filter((r) =>
      /^\/api\/v1\/(families|trajectories|worklist|team\/assignable)/.test(r.url),
    ))
      expect(paths, route.url).toContain(route.url.replace(/:([a-zA-Z]+)/g, '{$1}'));
    expect(doc.body.paths['/api/v1/families/{id}/plan'].put.description).toMatch(/PLAN_VERSION_CONFLICT/);
  });

  it('another collaboration gets 404 on every one, and its lists stay empty', async () => {
    const other = await t.createTenant();
    const stranger = await other.as('coordinator');
    const routes = familyRoutes();
    expect(routes.length).toBeGreaterThan(20);
    for (const route of routes) {
      const res = await call(stranger, route);
      expect(res.status, `${route.method} ${route.url}`).toBe(404);
      expect(JSON.stringify(res.body)).not.toContain('Voorbeeld');
    }
    expect((await stranger.get('/api/v1/families?familyName=Voorbeeld&municipalityNis=46021')).body).toEqual(
      [],
    );
    expect((await stranger.get('/api/v1/worklist/week?scope=all')).body.items).toEqual([]);
    expect((await stranger.get('/api/v1/worklist/waiting-list')).body.entries).toEqual([]);
  });

  it('a colleague not assigned gets the limited view on every one: the family exists, ask the worker', async () => {
    const colleague = await tenant.as('liaisonWorker');
    for (const route of familyRoutes()) {
      const res = await call(colleague, route);
      const needsMore =
        /assignments|\/audit$|\/merge(-candidates)?$/.test(route.url) || route.url.endsWith('/accept');
      if (needsMore) {
        expect([res.status, res.body.error.code], `${route.method} ${route.url}`).toEqual([403, 'FORBIDDEN']);
        continue;
      }
      expect([res.status, res.body.error?.code], `${route.method} ${route.url}`).toEqual([
        403,
        'FAMILY_FILE_RESTRICTED',
      ]);
      expect(res.body.error.details.askWho.map((p: { id: string }) => p.id)).toEqual([worker.user.id]);
      expect(JSON.stringify(res.body)).not.toContain('Testkind');
    }
    // Nothing was changed by trying.
    expect((await worker.get(`/api/v1/families/${ids.family}/plan`)).body.versions).toHaveLength(1);
    expect((await worker.get(`/api/v1/families/${ids.family}/contacts`)).body).toEqual([]);
  });

  it('a steering member and an administrator get nothing at all', async () => {
    for (const role of ['steeringMember', 'administrator', 'staffOfficer', 'partnerReferrer'] as const) {
      const person = await tenant.as(role);
      for (const route of familyRoutes()) {
        const res = await call(person, route);
        expect([res.status, res.body.error.code], `${role} ${route.method} ${route.url}`).toEqual([
          403,
          'FORBIDDEN',
        ]);
        expect(JSON.stringify(res.body)).not.toContain('Voorbeeld');
      }
      for (const url of [
        '/api/v1/worklist/week',
        '/api/v1/worklist/families',
        '/api/v1/families?familyName=Voorbeeld&municipalityNis=46021',
      ])
        expect((await person.get(url)).status, `${role} ${url}`).toBe(403);
    }
  });

  it('every read by the assigned worker writes an audit row', async () => {
    const count = async () => {
      const rows = await t.db.execute(
        sql`select count(*)::int as n from audit_events where family_id = ${ids.family} and actor_user_id = ${worker.user.id}`,
      );
      return (rows.rows[0] as { n: number }).n;
    };
    for (const route of familyRoutes().filter(
      (r) => r.method === 'GET' && !/\/(audit|merge-candidates)$/.test(r.url),
    )) {
      const before = await count();
      const res = await call(worker, route);
      expect(res.status, route.url).toBe(200);
      expect(await count(), `audit of ${route.url}`).toBeGreaterThan(before);
    }
    for (const url of [
      '/api/v1/worklist/week',
      '/api/v1/worklist/families',
      '/api/v1/families?familyName=Voorbeeld&municipalityNis=46021',
    ]) {
      const before = await count();
      await worker.get(url);
      expect(await count(), `audit of ${url}`).toBeGreaterThan(before);
    }
  });
});
