// R16 (GDPR art. 15, 20): a copy of the family's file as PDF in its language and its own data as
// JSON — only what the family may see (R28) — with how long the file is kept (R30).
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/dates';
import { signInAsFamilyMember } from '../support/family-accounts';
import { assign, planBody, startedFamily } from '../support/journey';
import { pdfText } from '../support/pdf-text';
import { type Session, setupTestApp } from '../support/test-app';

const t = await setupTestApp();
const today = t.clock.today();
let desk: Session;
let worker: Session;
let familyId: string;
let trajectory: { id: string; version: number };

beforeAll(async () => {
  const tenant = await t.createTenant();
  desk = await tenant.as('coordinator');
  worker = await tenant.as('liaisonWorker');
  ({ familyId } = await startedFamily(desk));
  await assign(desk, familyId, worker);
  expect((await worker.put(`/api/v1/families/${familyId}/plan`, planBody({}, today))).status).toBe(200);
  const started = await worker.post(`/api/v1/families/${familyId}/trajectories`, {
    fundingLine: 'regular',
    kind: 'shortTerm',
    startedOn: addDays(today, -30),
  });
  expect(started.status, started.text).toBe(201);
  trajectory = started.body;
  const contact = (note: string, hiddenFromFamily: string | null) =>
    worker.post(`/api/v1/families/${familyId}/contacts`, {
      kind: 'homeVisit',
      occurredOn: addDays(today, -10),
      durationMinutes: 45,
      note,
      hiddenFromFamily,
      trajectoryId: trajectory.id,
    });
  expect((await contact('Samen de agenda van de week gemaakt', null)).status).toBe(201);
  expect(
    (await contact('De buurvrouw vertelde in vertrouwen over ruzies', 'thirdPartyConfidential')).status,
  ).toBe(201);
  expect((await contact('Verslag voor de jeugdrechter', 'forCourts')).status).toBe(201);
});

const download = (url: string, session: Session) =>
  t.app.inject({ method: 'GET', url, headers: { cookie: session.cookie } });

describe('R16: the family’s own data as JSON', () => {
  it('has a documented, versioned shape with what the family may see — and nothing kept from it (R28)', async () => {
    const res = await worker.get(`/api/v1/families/${familyId}/copy.json`);
    expect(res.status, res.text).toBe(200);
    expect(String(res.headers['content-disposition'])).toContain('attachment');
    expect(res.body).toMatchObject({
      format: 'eenplan.family-copy',
      formatVersion: 1,
      createdOn: today,
      familyId,
      label: 'Voorbeeld',
      members: expect.arrayContaining([
        expect.objectContaining({ role: 'child', givenName: 'Testkind', birthDate: '2014-05-06' }),
        expect.objectContaining({ role: 'parent', givenName: 'Testouder' }),
      ]),
      trajectories: [{ kind: 'shortTerm', startedOn: addDays(today, -30), closedOn: null }],
      contacts: [{ kind: 'homeVisit', note: 'Samen de agenda van de week gemaakt' }],
      retention: { retentionAge: 35, keptUntil: '2049-05-06', fileClosedOn: null },
    });
    expect(res.body.plan.content.goals.map((g: { familyWords: string }) => g.familyWords)).toContain(
      'Rust aan tafel bij het avondeten',
    );
    expect(res.text).not.toMatch(/buurvrouw|jeugdrechter/);
  });
});

describe('R16: a copy of the file as PDF in the family’s language', () => {
  it('in Dutch by default: the plan, the visible contacts, the help and how long it is kept', async () => {
    const res = await download(`/api/v1/families/${familyId}/copy.pdf`, worker);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = pdfText(res.rawPayload);
    expect(text).toContain('Kopie van ons dossier');
    expect(text).toContain('Rust aan tafel bij het avondeten');
    expect(text).toContain('Samen de agenda van de week gemaakt');
    expect(text).toContain('tot 06/05/2049');
    expect(text).not.toMatch(/buurvrouw|jeugdrechter/);
  });

  it('in English and French when asked', async () => {
    expect(
      pdfText((await download(`/api/v1/families/${familyId}/copy.pdf?lang=en`, worker)).rawPayload),
    ).toContain('How long we keep your file');
    expect(
      pdfText((await download(`/api/v1/families/${familyId}/copy.pdf?lang=fr`, worker)).rawPayload),
    ).toContain('Copie de notre dossier');
  });

  it('every copy taken is audited with its form', async () => {
    const rows = (
      await t.db.execute(
        sql`select details->>'format' as format from audit_events where family_id = ${familyId} and action = 'copy' order by id`,
      )
    ).rows;
    expect(rows.map((r) => (r as { format: string }).format)).toEqual(['json', 'pdf', 'pdf', 'pdf']);
  });

  it('only through the file’s door: a steering member is refused, another collaboration finds nothing', async () => {
    const steering = await (await t.createTenant()).as('steeringMember');
    expect((await steering.get(`/api/v1/families/${familyId}/copy.json`)).status).toBe(403);
    const stranger = await (await t.createTenant()).as('coordinator');
    expect((await stranger.get(`/api/v1/families/${familyId}/copy.json`)).status).toBe(404);
  });
});

describe('R16: the family takes its own copy in the portal', () => {
  let parent: Session;
  beforeAll(async () => {
    const file = await worker.get(`/api/v1/families/${familyId}`);
    const member = file.body.members.find((m: { role: string }) => m.role === 'parent');
    parent = await signInAsFamilyMember(t, { familyId, memberId: member.id });
  });

  it('as JSON: its own data, what it may see, nothing kept from it (R28)', async () => {
    const res = await parent.get('/api/v1/portal/copy.json');
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ format: 'eenplan.family-copy', formatVersion: 1, familyId });
    expect(res.body.contacts.map((c: { note: string }) => c.note)).toEqual([
      'Samen de agenda van de week gemaakt',
    ]);
    expect(res.text).not.toMatch(/buurvrouw|jeugdrechter/);
  });

  it('as PDF in its language, audited as the family’s copy', async () => {
    const res = await download('/api/v1/portal/copy.pdf?lang=en', parent);
    expect(res.statusCode).toBe(200);
    const text = pdfText(res.rawPayload);
    expect(text).toContain('Copy of our file');
    expect(text).not.toMatch(/buurvrouw|jeugdrechter/);
    const rows = (
      await t.db.execute(
        sql`select details->>'format' as format from audit_events
             where family_id = ${familyId} and action = 'copy' and details->>'takenBy' = 'family' order by id`,
      )
    ).rows;
    expect(rows).toEqual([{ format: 'json' }, { format: 'pdf' }]);
  });

  it('is the family’s own door: a worker cannot use it, a family member cannot use the staff copy', async () => {
    expect((await worker.get('/api/v1/portal/copy.json')).status).toBe(403);
    expect((await parent.get(`/api/v1/families/${familyId}/copy.json`)).status).toBe(403);
  });
});

describe('R30: at closing the family is told how long the file is kept', () => {
  it('the family view says the file closed and until when it is kept, once the last trajectory closes', async () => {
    const before = await worker.get(`/api/v1/families/${familyId}/family-view`);
    expect(before.body.retention.fileClosedOn).toBeNull();
    const closed = await worker.post(`/api/v1/trajectories/${trajectory.id}/close`, {
      closedOn: today,
      reason: 'goalsReached',
      baseVersion: trajectory.version,
    });
    expect(closed.status, closed.text).toBe(200);
    const after = await worker.get(`/api/v1/families/${familyId}/family-view`);
    expect(after.body.retention).toEqual({ retentionAge: 35, keptUntil: '2049-05-06', fileClosedOn: today });
  });

  it('each member with an own account gets a mail without personal data: the age and the portal', async () => {
    const mails = (
      await t.db.execute(
        sql`select o.recipient, o.subject, o.body from outbox o
             join users u on u.email = o.recipient
             join family_accounts a on a.user_id = u.id
            where a.family_id = ${familyId} and o.template = 'file-closed'`,
      )
    ).rows as { recipient: string; subject: string; body: string }[];
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe('Uw dossier is afgesloten');
    expect(mails[0]?.body).toContain('tot het jongste gezinslid 35 jaar is');
    expect(mails[0]?.body).toContain('/our-family');
    expect(mails[0]?.body).not.toMatch(/Voorbeeld|Testkind|Testouder|2049|2014/);
  });
});
