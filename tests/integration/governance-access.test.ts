// Who reaches which governance route: every route is declared and tested here. Another
// collaboration gets 404 on every id; a steering member sees only the bodies they belong to,
// never changes what the staff officer keeps, and never sees a family; outsiders get nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../src/domain/dates';
import { referralBody } from '../support/factories';
import { createSteeringGroup } from '../support/governance-factories';
import { type Session, setupTestApp } from '../support/test-app';

const t = await setupTestApp();
const G = '/api/v1/governance';
type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
type Route = { method: Method; pattern: string; url: string; body?: unknown; access: string; hasId: boolean };

let staff: Session;
let member: Session;
let outsider: Session;
let tenant: Awaited<ReturnType<typeof t.createTenant>>;
let routes: Route[];
let ids: Record<string, string>;

beforeAll(async () => {
  tenant = await t.createTenant();
  staff = await tenant.as('staffOfficer');
  member = await tenant.as('steeringMember');
  outsider = await tenant.as('steeringMember');
  const desk = await tenant.as('coordinator');
  await desk.post('/api/v1/referrals', referralBody({ receivedOn: '2026-09-02' })); // a family: Voorbeeld

  const body = await createSteeringGroup(staff, [{ session: member, name: 'Pieter Stuur' }]);
  const otherBody = await staff.post(`${G}/bodies`, {
    kind: 'workingGroup',
    name: 'Werkgroep zonder Pieter',
  });
  const meeting = await staff.post(`${G}/meetings`, {
    bodyId: body.id,
    date: todayIso(),
    agenda: [{ title: 'Voorstel' }, { title: 'Varia' }],
  });
  const meetingId = meeting.body.id;
  const [item, spare] = meeting.body.agenda;
  const withFile = await staff.post(`${G}/meetings/${meetingId}/agenda-items/${item.id}/attachments`, {
    fileName: 'voorstel.txt',
    dataBase64: Buffer.from('voorstel').toString('base64'),
  });
  await staff.post(`${G}/meetings/${meetingId}/invitation`);
  const round = await staff.post(`${G}/advice-rounds`, {
    meetingId,
    agendaItemId: item.id,
    title: 'V',
    proposal: 'P',
  });
  const objection = await staff.put(
    `${G}/advice-rounds/${round.body.id}/advice/${body.memberId('Ann Afwezig')}`,
    {
      kind: 'principledObjection',
      againstVisionAndValues: 'a',
      harmToClientsOrStakeholders: 'b',
    },
  );
  const decision = await staff.post(`${G}/decisions`, { meetingId, text: 'Beslist.' });
  const todo = await staff.post(`${G}/todos`, { meetingId, text: 'Doen.', ownerName: 'Coördinator' });
  const agreement = await staff.post(`${G}/agreements`, {
    kind: 'engagementDeclaration',
    version: '2026',
    title: 'Engagementsverklaring',
    validFrom: '2026-01-01',
    commitments: ['Tijd voor het lerend netwerk.'],
  });
  await staff.post(`${G}/meetings/${meetingId}/minutes/share`);
  ids = {
    body: body.id,
    otherBody: otherBody.body.id,
    member: body.memberId('Pieter Stuur'),
    meeting: meetingId,
    item: item.id,
    spare: spare.id,
    document: withFile.body.agenda[0].attachments[0].id,
    round: round.body.id,
    advice: objection.body.members.find((m: { name: string }) => m.name === 'Ann Afwezig').advice.id,
    decision: decision.body.id,
    todo: todo.body.id,
    agreement: agreement.body.id,
  };
  const r = (method: Method, pattern: string, access: string, body?: unknown) => {
    const url = pattern
      .replace(':id/members/:memberId', `${ids.body}/members/${ids.member}`)
      .replace('bodies/:id', `bodies/${ids.body}`)
      .replace('meetings/:id', `meetings/${ids.meeting}`)
      .replace(':itemId', ids.item as string)
      .replace('documents/:id', `documents/${ids.document}`)
      .replace('advice-rounds/:id', `advice-rounds/${ids.round}`)
      .replace(':memberId', ids.member as string)
      .replace(':adviceId', ids.advice as string)
      .replace('decisions/:id', `decisions/${ids.decision}`)
      .replace('todos/:id', `todos/${ids.todo}`)
      .replace('agreements/:id', `agreements/${ids.agreement}`);
    const hasId = pattern.includes(':') || JSON.stringify(body ?? {}).match(/[0-9a-f]{8}-/) !== null;
    return { method, pattern: `${G}${pattern}`, url: `${G}${url}`, body, access, hasId };
  };
  const m = ids.meeting;
  routes = [
    r('GET', '/people', 'governance:manage'),
    r('GET', '/bodies', 'governance:read'),
    r('POST', '/bodies', 'governance:manage', { kind: 'coreGroup', name: 'Kerngroep' }),
    r('GET', '/bodies/:id', 'governance:read'),
    r('PUT', '/bodies/:id', 'governance:manage', { kind: 'steeringGroup', name: 'Hernoemd' }),
    r('POST', '/bodies/:id/members', 'governance:manage', { name: 'X', role: 'member', from: '2026-01-01' }),
    r('PUT', '/bodies/:id/members/:memberId', 'governance:manage', {
      name: 'X',
      role: 'member',
      from: '2026-01-01',
    }),
    r('GET', '/meetings', 'governance:read'),
    r('POST', '/meetings', 'governance:manage', { bodyId: ids.body, date: '2027-01-10' }),
    r('GET', '/meetings/:id', 'governance:read'),
    r('PUT', '/meetings/:id', 'governance:manage', { date: '2026-12-01' }),
    r('POST', '/meetings/:id/agenda-items', 'governance:manage', { title: 'Nieuw' }),
    r('PUT', '/meetings/:id/agenda-items/:itemId', 'governance:manage', { notes: 'Gewijzigd' }),
    {
      ...r('DELETE', '/meetings/:id/agenda-items/:itemId', 'governance:manage'),
      url: `${G}/meetings/${m}/agenda-items/${ids.spare}`,
    },
    r('POST', '/meetings/:id/agenda-items/:itemId/attachments', 'governance:manage', {
      fileName: 'x.txt',
      dataBase64: 'eA==',
    }),
    r('GET', '/documents/:id', 'governance:read'),
    r('POST', '/meetings/:id/invitation', 'governance:manage'),
    r('GET', '/meetings/:id/invitation.ics', 'governance:read'),
    r('PUT', '/meetings/:id/attendance', 'governance:manage', { entries: [] }),
    r('PUT', '/meetings/:id/previous-minutes', 'governance:manage', { approval: 'approved' }),
    r('POST', '/meetings/:id/minutes/share', 'governance:manage'),
    r('GET', '/meetings/:id/minutes.docx', 'governance:read'),
    r('GET', '/meetings/:id/minutes.pdf', 'governance:read'),
    {
      ...r('GET', '/meetings/:id/figures/completeness', 'governance:manage'),
      url: `${G}/meetings/${m}/figures/completeness?from=2026-09-01&to=2026-09-30`,
    },
    r('POST', '/meetings/:id/figures', 'governance:manage', {
      from: '2026-09-01',
      to: '2026-09-30',
      acceptIncomplete: true,
      note: 'n',
    }),
    r('POST', '/advice-rounds', 'governance:manage', { bodyId: ids.body, title: 'T', proposal: 'P' }),
    r('GET', '/advice-rounds/:id', 'governance:read'),
    r('PUT', '/advice-rounds/:id/advice/:memberId', 'governance:advise', { kind: 'positive' }),
    r('POST', '/advice-rounds/:id/objections/:adviceId/closing', 'governance:advise', {
      outcome: 'withdrawn',
    }),
    r('POST', '/advice-rounds/:id/decision', 'governance:manage', { text: 'Beslist.' }),
    r('GET', '/decisions', 'governance:read'),
    r('POST', '/decisions', 'governance:manage', { meetingId: m, text: 'Nog een beslissing.' }),
    r('PUT', '/decisions/:id', 'governance:manage', { text: 'Gewijzigd.' }),
    r('GET', '/todos', 'governance:read'),
    r('POST', '/todos', 'governance:manage', { bodyId: ids.body, text: 'T', ownerName: 'O' }),
    r('PUT', '/todos/:id', 'governance:manage', { status: 'done' }),
    r('GET', '/agreements', 'governance:read'),
    r('POST', '/agreements', 'governance:manage', {
      kind: 'collaborationAgreement',
      version: '1',
      title: 'T',
      validFrom: '2026-01-01',
      commitments: ['c'],
    }),
    r('POST', '/agreements/:id/signatures', 'governance:manage', {
      organisationId: tenant.clb.id,
      signedOn: '2026-02-01',
      signedByName: 'N',
    }),
  ];
});

const call = (session: Session, route: Route) =>
  t.request(route.method, route.url, {
    cookie: session.cookie,
    csrf: session.csrf,
    ...(route.body !== undefined ? { body: route.body } : {}),
  });

describe('governance route declarations', () => {
  it('every governance route declares a governance permission and is in this test', () => {
    const declared = t.app.declaredRoutes
      .filter((d) => d.url.startsWith(G) && d.method !== 'HEAD')
      .map((d) => `${d.method} ${d.url} ${d.access}`)
      .sort();
    expect(declared).toEqual(routes.map((r) => `${r.method} ${r.pattern} ${r.access}`).sort());
  });
});

describe('another collaboration', () => {
  it('gets 404 on every route that names a record of this one, and empty lists', async () => {
    const other = await t.createTenant();
    const stranger = await other.as('staffOfficer');
    for (const route of routes.filter((r) => r.hasId)) {
      const res = await call(stranger, route);
      expect(res.status, `${route.method} ${route.url}`).toBe(404);
    }
    for (const list of ['/bodies', '/meetings', '/decisions', '/agreements']) {
      expect((await stranger.get(`${G}${list}`)).body, list).toEqual([]);
    }
    expect((await stranger.get(`${G}/todos`)).body.items).toEqual([]);
    expect((await stranger.get(`${G}/people`)).body.map((p: { userId: string }) => p.userId)).not.toContain(
      staff.user.id,
    );
    // and nothing changed by trying
    const meeting = await staff.get(`${G}/meetings/${ids.meeting}`);
    expect(meeting.body.agenda.map((i: { title: string }) => i.title)).toEqual(['Voorstel', 'Varia']);
    expect(meeting.body.body.name).toBe('Stuurgroep Testregio');
  });
});

describe('a steering-group member', () => {
  it('reads every governance page of their body, never a family, and changes nothing the staff keeps', async () => {
    for (const route of routes) {
      const res = await call(member, route);
      const where = `${route.method} ${route.url}`;
      if (route.access === 'governance:read') expect(res.status, where).toBe(200);
      else if (route.access === 'governance:manage') expect(res.status, where).toBe(403);
      else expect([200, 403, 409], where).toContain(res.status);
      expect(res.text, where).not.toMatch(/Voorbeeld|Testkind|AM-\d{4}-/);
    }
  });

  it('does not see bodies they are not a member of', async () => {
    expect((await member.get(`${G}/bodies/${ids.otherBody}`)).status).toBe(404);
    expect((await member.get(`${G}/bodies`)).body.map((b: { id: string }) => b.id)).toEqual([ids.body]);
    expect((await member.get(`${G}/meetings?bodyId=${ids.otherBody}`)).body).toEqual([]);
  });

  it('has no referral or family permission', async () => {
    expect((await member.get('/api/v1/referrals')).status).toBe(403);
    expect(member.user.permissions.filter((p: string) => /^(referral|family):/.test(p))).toEqual([]);
  });

  it('who belongs to no body reaches nothing: 404 on records, 403 on what the staff keeps', async () => {
    for (const route of routes) {
      const res = await call(outsider, route);
      const where = `${route.method} ${route.url}`;
      if (route.access === 'governance:manage') expect(res.status, where).toBe(403);
      else if (route.hasId) expect(res.status, where).toBe(404);
      else expect(res.status, where).toBe(200);
    }
  });
});

describe('people outside governance', () => {
  it('a partner referrer and an administrator get 403; without a session 401', async () => {
    const partner = await tenant.as('partnerReferrer');
    const admin = await tenant.as('administrator');
    for (const route of routes) {
      expect((await call(partner, route)).status, `${route.method} ${route.url}`).toBe(403);
      expect((await call(admin, route)).status, `${route.method} ${route.url}`).toBe(403);
      const anonymous = await t.request(
        route.method,
        route.url,
        route.body !== undefined ? { body: route.body } : {},
      );
      expect(anonymous.status, `${route.method} ${route.url}`).toBe(401);
    }
  });
});
