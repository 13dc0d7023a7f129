// Issue 13 point 2: a family member reads its own file in the portal — our plan (its versions and
// what changed), what is written about us without what R28 keeps out, who is involved, our
// trajectories and the hand-over, and who read our file. Every portal read is audited.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../src/domain/dates';
import { signInAsFamilyMember } from '../support/family-accounts';
import { assign, planBody, startedFamily } from '../support/journey';
import { type Session, setupTestApp } from '../support/test-app';

const t = await setupTestApp();
const today = todayIso();
let worker: Session;
let parent: Session;
let familyId: string;

beforeAll(async () => {
  const tenant = await t.createTenant();
  const desk = await tenant.as('coordinator');
  worker = await tenant.as('liaisonWorker', { organisationId: tenant.clb.id });
  ({ familyId } = await startedFamily(desk));
  const file = await assign(desk, familyId, worker);
  const parentId = file.members.find((m: { role: string }) => m.role === 'parent').id;
  await worker.put(`/api/v1/families/${familyId}/plan`, planBody());
  const second = planBody({ baseVersion: 1, changeNote: 'Een doel erbij' });
  second.content.goals.push({ id: 'goal-sport', familyWords: 'Testkind gaat weer sporten', status: 'open' });
  expect((await worker.put(`/api/v1/families/${familyId}/plan`, second)).status).toBe(200);
  await worker.post(`/api/v1/families/${familyId}/contacts`, {
    kind: 'homeVisit',
    occurredOn: today,
    durationMinutes: 60,
    note: 'Samen het plan overlopen',
  });
  await worker.post(`/api/v1/families/${familyId}/contacts`, {
    kind: 'phone',
    occurredOn: today,
    durationMinutes: 10,
    note: 'De buurvrouw vertelde in vertrouwen iets',
    hiddenFromFamily: 'thirdPartyConfidential',
  });
  await worker.post(`/api/v1/families/${familyId}/network`, {
    kind: 'professional',
    name: 'Dokter Test',
    organisation: 'Huisartsenpraktijk Test',
  });
  const started = await worker.post(`/api/v1/families/${familyId}/trajectories`, {
    kind: 'handover',
    fundingLine: 'regular',
    handover: {
      receivingServices: [{ organisation: 'CGG Voorbeeld', worker: 'An' }],
      coordinationAgreement: 'Wie belt wie bij een crisis',
    },
  });
  expect(started.status, started.text).toBe(201);
  parent = await signInAsFamilyMember(t, { familyId, memberId: parentId });
});

describe('our plan', () => {
  it('shows the current version, lists the earlier ones, reads one and says what changed', async () => {
    const plan = await parent.get('/api/v1/portal/plan');
    expect(plan.status, plan.text).toBe(200);
    expect(plan.body.current.version).toBe(2);
    expect(plan.body.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(plan.body).not.toHaveProperty('mergedPlans');
    const first = await parent.get('/api/v1/portal/plan/versions/1');
    expect(first.body.content.goals).toHaveLength(2);
    const compared = await parent.get('/api/v1/portal/plan/compare?from=1&to=2');
    expect(compared.status, compared.text).toBe(200);
    expect(compared.body.changes.goals.added.map((g: { familyWords: string }) => g.familyWords)).toEqual([
      'Testkind gaat weer sporten',
    ]);
    expect((await parent.get('/api/v1/portal/plan/versions/9')).status).toBe(404);
  });
});

describe('what is written about us', () => {
  it('shows the contacts without what the worker kept from the family (R28), and the hand-over', async () => {
    const file = await parent.get('/api/v1/portal/file');
    expect(file.status, file.text).toBe(200);
    expect(file.body.contacts.map((c: { note: string }) => c.note)).toEqual(['Samen het plan overlopen']);
    expect(file.text).not.toContain('vertrouwen');
    expect(file.body.contacts[0].recordedBy).toBe(worker.user.displayName);
    const handover = file.body.trajectories.find((x: { kind: string }) => x.kind === 'handover');
    expect(handover.status).toBe('open');
    expect(handover.handover.receivingServices[0]).toEqual({
      organisation: 'CGG Voorbeeld',
      service: null,
      worker: 'An',
    });
    expect(handover.handover.coordinationAgreement).toBe('Wie belt wie bij een crisis');
  });
});

describe('who is involved', () => {
  it('shows our members, our network and services, and our worker with their organisation', async () => {
    const people = await parent.get('/api/v1/portal/people');
    expect(people.status, people.text).toBe(200);
    expect(people.body.members).toHaveLength(2);
    expect(people.body.network).toEqual([
      expect.objectContaining({
        kind: 'professional',
        name: 'Dokter Test',
        organisation: 'Huisartsenpraktijk Test',
      }),
    ]);
    expect(people.body.workers).toEqual([
      { displayName: worker.user.displayName, organisation: expect.stringMatching(/^CLB Testpunt/) },
    ]);
  });
});

describe('who read our file', () => {
  it('names the workers who read it, with their organisation and when — never the family itself', async () => {
    expect((await worker.get(`/api/v1/families/${familyId}`)).status).toBe(200);
    await parent.get('/api/v1/portal/overview');
    const reads = await parent.get('/api/v1/portal/who-read');
    expect(reads.status, reads.text).toBe(200);
    expect(reads.body.reads.length).toBeGreaterThan(0);
    expect(reads.body.reads[0]).toEqual({
      by: worker.user.displayName,
      organisation: expect.stringMatching(/^CLB Testpunt/),
      at: expect.any(String),
    });
    const names = new Set(reads.body.reads.map((r: { by: string }) => r.by));
    expect(names.has(parent.user.displayName)).toBe(false);
  });

  it('every portal read left an audit row by the family member', async () => {
    const { rows } = await t.db.execute(
      sql`select distinct details->>'portal' as view from audit_events
           where family_id = ${familyId} and actor_user_id = ${parent.user.id} and action = 'read'`,
    );
    expect(rows.map((r) => r.view).sort()).toEqual(
      ['file', 'overview', 'people', 'plan', 'planComparison', 'planVersion', 'whoRead'].sort(),
    );
  });
});
