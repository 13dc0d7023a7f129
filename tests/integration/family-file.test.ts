// The family file: opened by the coordinator and the assigned workers and coaches; members and
// the network map kept up to date; the team sees only that a family exists and whom to ask.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayIso } from '../../src/domain/dates';
import { assign, startedFamily } from '../support/journey';
import { type Session, setupTestApp } from '../support/test-app';

const t = await setupTestApp();
let tenant: Awaited<ReturnType<typeof t.createTenant>>;
let desk: Session;
let worker: Session;
let familyId: string;

async function auditOf(id: string) {
  const result = await t.db.execute(
    sql`select action, entity_type, details, actor_user_id from audit_events where family_id = ${id} order by id`,
  );
  return result.rows as {
    action: string;
    entity_type: string;
    details: Record<string, unknown> | null;
    actor_user_id: string;
  }[];
}

beforeAll(async () => {
  tenant = await t.createTenant();
  desk = await tenant.as('coordinator');
  worker = await tenant.as('liaisonWorker');
  ({ familyId } = await startedFamily(desk));
});

describe('assigning workers', () => {
  it('the coordinator assigns a liaison worker, who then opens the file', async () => {
    expect((await worker.get(`/api/v1/families/${familyId}`)).status).toBe(403);
    const file = await assign(desk, familyId, worker);
    expect(file.assignments).toEqual([
      expect.objectContaining({
        person: expect.objectContaining({ id: worker.user.id }),
        toOn: null,
        isActive: true,
      }),
    ]);
    const opened = await worker.get(`/api/v1/families/${familyId}`);
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({
      label: 'Voorbeeld',
      access: 'assigned',
      municipality: { name: 'Sint-Niklaas' },
    });
  });

  it('refuses assigning twice, someone who does not work with families, and a worker who cannot assign', async () => {
    expect(
      (await desk.post(`/api/v1/families/${familyId}/assignments`, { userId: worker.user.id })).status,
    ).toBe(409);
    const staff = await tenant.as('staffOfficer');
    const res = await desk.post(`/api/v1/families/${familyId}/assignments`, { userId: staff.user.id });
    expect([res.status, res.body.error.code]).toEqual([422, 'ASSIGNEE_NOT_A_WORKER']);
    const coach = await tenant.as('coach');
    expect(
      (await worker.post(`/api/v1/families/${familyId}/assignments`, { userId: coach.user.id })).status,
    ).toBe(403);
    const team = await desk.get('/api/v1/team/assignable');
    expect(team.body.map((p: { id: string }) => p.id)).toEqual(
      expect.arrayContaining([worker.user.id, coach.user.id]),
    );
    expect(team.body.find((p: { id: string }) => p.id === worker.user.id).activeFamilies).toBe(1);
  });

  it('a coach opens the file while assigned; ending the assignment ends the access', async () => {
    const coach = await tenant.as('coach');
    const file = await assign(desk, familyId, coach, addDays(todayIso(), -10));
    expect((await coach.get(`/api/v1/families/${familyId}`)).status).toBe(200);
    const assignment = file.assignments.find(
      (a: { person: { id: string } }) => a.person.id === coach.user.id,
    );
    const ended = await desk.put(`/api/v1/families/${familyId}/assignments/${assignment.id}/end`, {
      toOn: addDays(todayIso(), -1),
    });
    expect(ended.status).toBe(200);
    const after = await coach.get(`/api/v1/families/${familyId}`);
    expect([after.status, after.body.error.code]).toEqual([403, 'FAMILY_FILE_RESTRICTED']);
  });
});

describe('the team without a relationship', () => {
  it('learns only that the family exists and whom to ask; that view is audited', async () => {
    const colleague = await tenant.as('liaisonWorker');
    const res = await colleague.get(`/api/v1/families/${familyId}`);
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({ code: 'FAMILY_FILE_RESTRICTED' });
    expect(res.body.error.details).toEqual({
      familyId,
      label: 'Voorbeeld',
      askWho: [expect.objectContaining({ id: worker.user.id, displayName: worker.user.displayName })],
    });
    expect(JSON.stringify(res.body)).not.toContain('Testkind'); // no members, no dates
    const rows = (await auditOf(familyId)).filter((r) => r.actor_user_id === colleague.user.id);
    expect(rows).toEqual([expect.objectContaining({ action: 'read', details: { view: 'limited' } })]);
  });

  it('finds a family only by its full surname with a municipality or a birth year, never by a fragment', async () => {
    const colleague = await tenant.as('liaisonWorker');
    const search = (query: string) => colleague.get(`/api/v1/families?${query}`);
    // Two letters, or the full surname alone, do not identify a family: refused, with the field.
    for (const query of ['familyName=Vo', 'familyName=Voorbeeld']) {
      const refused = await search(query);
      expect([refused.status, refused.body.error.code], query).toEqual([422, 'FAMILY_SEARCH_NOT_EXACT']);
      expect(refused.body.error.details).toEqual([expect.objectContaining({ field: 'municipalityNis' })]);
    }
    expect((await search('q=voorb')).status).toBe(400);
    // A fragment is not a surname, also with a municipality.
    expect((await search('familyName=Voorb&municipalityNis=46021')).body).toEqual([]);
    expect((await search('familyName=Voorbeeld&municipalityNis=46020')).body).toEqual([]);
    expect((await search('familyName=Voorbeeld&birthYear=2013')).body).toEqual([]);

    // Exact enough (case and accents aside): the family is known, and whom to ask — nothing more.
    const found = await search(`familyName=${encodeURIComponent('VOORBÉELD')}&municipalityNis=46021`);
    expect(found.body).toEqual([
      {
        id: familyId,
        label: 'Voorbeeld',
        municipality: 'Sint-Niklaas',
        childrenCount: null,
        access: 'limited',
        askWho: [expect.objectContaining({ id: worker.user.id })],
      },
    ]);
    expect(JSON.stringify(found.body)).not.toMatch(/Testkind|Testouder|2014-05-06/);
    expect(
      (await search('familyName=voorbeeld&birthYear=2014')).body.map((f: { id: string }) => f.id),
    ).toEqual([familyId]);
    // Every result shown is audited.
    const rows = (await auditOf(familyId)).filter((r) => r.actor_user_id === colleague.user.id);
    expect(rows).toEqual([
      expect.objectContaining({ action: 'list', details: { view: 'searchLimited' } }),
      expect.objectContaining({ action: 'list', details: { view: 'searchLimited' } }),
    ]);
  });

  it('compares the whole surname without case, accents or extra spaces', async () => {
    const { familyId: smedt } = await startedFamily(desk, {
      family: {
        municipalityNis: '46021',
        members: [{ role: 'child', givenName: 'Testkind', familyName: 'De Smèdts', birthDate: '2016-01-02' }],
      },
    });
    const ids = async (familyName: string) =>
      (
        await desk.get(`/api/v1/families?familyName=${encodeURIComponent(familyName)}&birthYear=2016`)
      ).body.map((f: { id: string }) => f.id);
    expect(await ids('de  SMEDTS')).toEqual([smedt]);
    expect(await ids('Smedts')).toEqual([]);
    expect(await ids('De Sm')).toEqual([]);
  });

  it('the assigned worker and the coordinator find it with full access', async () => {
    const query = '/api/v1/families?familyName=Voorbeeld&municipalityNis=46021';
    expect((await worker.get(query)).body[0]).toMatchObject({ access: 'full', childrenCount: 1 });
    expect((await desk.get(query)).body[0]).toMatchObject({ access: 'full', childrenCount: 1 });
  });

  it('a family nobody is assigned to points to the coordinator', async () => {
    const other = await startedFamily(desk);
    const colleague = await tenant.as('coach');
    const res = await colleague.get(`/api/v1/families/${other.familyId}`);
    expect(res.body.error.details.askWho.map((p: { id: string }) => p.id)).toEqual([desk.user.id]);
  });
});

describe('members', () => {
  it('adds a baby expected in the family, then records the birth', async () => {
    const dueDate = addDays(todayIso(), 60);
    const added = await worker.post(`/api/v1/families/${familyId}/members`, {
      role: 'child',
      givenName: 'Baby',
      dueDate,
    });
    expect(added.status).toBe(200);
    const baby = added.body.members.find((m: { givenName: string }) => m.givenName === 'Baby');
    expect(baby).toMatchObject({ dueDate, birthDate: null });
    const born = await worker.put(`/api/v1/families/${familyId}/members/${baby.id}`, {
      role: 'child',
      givenName: 'Baby',
      familyName: 'Voorbeeld',
      birthDate: todayIso(),
      dueDate,
      baseVersion: baby.version,
    });
    expect(born.body.members.find((m: { id: string }) => m.id === baby.id)).toMatchObject({
      birthDate: todayIso(),
      dueDate: null,
      familyName: 'Voorbeeld',
    });
  });

  it('refuses a birth date in the future and a due date for a parent', async () => {
    const future = await worker.post(`/api/v1/families/${familyId}/members`, {
      role: 'child',
      birthDate: addDays(todayIso(), 3),
    });
    expect([future.status, future.body.error.code]).toEqual([422, 'BIRTH_DATE_IN_FUTURE']);
    const parent = await worker.post(`/api/v1/families/${familyId}/members`, {
      role: 'parent',
      dueDate: todayIso(),
    });
    expect(parent.body.error.code).toBe('DUE_DATE_ONLY_FOR_CHILD');
  });
});

describe('the network map', () => {
  it('keeps informal people and professional services with since when, and counts the services involved', async () => {
    await worker.post(`/api/v1/families/${familyId}/network`, {
      kind: 'informal',
      name: 'Oma Test',
      relation: 'grootmoeder',
      since: '2020-01-01',
    });
    await worker.post(`/api/v1/families/${familyId}/network`, {
      kind: 'professional',
      name: 'Begeleider A',
      organisation: 'CGG Voorbeeld',
      role: 'kinderpsychiatrie',
      since: '2026-01-10',
    });
    const both = await worker.post(`/api/v1/families/${familyId}/network`, {
      kind: 'professional',
      name: 'Begeleider B',
      organisation: 'CGG Voorbeeld',
      role: 'ouderbegeleiding',
    });
    expect(both.body.professionalServices).toBe(1); // one organisation, two people
    const caw = await worker.post(`/api/v1/families/${familyId}/network`, {
      kind: 'professional',
      name: 'Maatschappelijk werker',
      organisation: 'CAW Voorbeeld',
    });
    expect(caw.body.professionalServices).toBe(2);
    const entry = caw.body.network.find((n: { name: string }) => n.name === 'Maatschappelijk werker');
    const stopped = await worker.put(`/api/v1/families/${familyId}/network/${entry.id}`, {
      kind: 'professional',
      name: 'Maatschappelijk werker',
      organisation: 'CAW Voorbeeld',
      until: addDays(todayIso(), -1),
      baseVersion: entry.version,
    });
    expect(stopped.body.professionalServices).toBe(1);
    expect(stopped.body.network.find((n: { id: string }) => n.id === entry.id).isActive).toBe(false);
    expect(stopped.body.network.find((n: { name: string }) => n.name === 'Oma Test')).toMatchObject({
      relation: 'grootmoeder',
      since: '2020-01-01',
    });
  });
});

describe('the audit trail', () => {
  it('has a row for every read and write of the file, and the coordinator reads it', async () => {
    const rows = (await auditOf(familyId)).filter((r) => r.actor_user_id === worker.user.id);
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['read', 'create', 'update', 'list']));
    const before = (await auditOf(familyId)).length;
    await worker.get(`/api/v1/families/${familyId}`);
    expect((await auditOf(familyId)).length).toBe(before + 1);
    const trail = await desk.get(`/api/v1/families/${familyId}/audit`);
    expect(trail.status).toBe(200);
    expect(trail.body.items.some((e: { action: string }) => e.action === 'assign')).toBe(true);
    expect((await worker.get(`/api/v1/families/${familyId}/audit`)).status).toBe(403);
  });
});
