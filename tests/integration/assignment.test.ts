// R10 through the API on real PostgreSQL: caseload per FTE, the suggestion by availability for
// a started family, the coordinator following it or overriding it with a recorded reason.
import { beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../src/domain/dates';
import { startedFamily } from '../support/journey';
import { type Session, setupTestApp } from '../support/test-app';

const t = await setupTestApp();
const today = todayIso();
let tenant: Awaited<ReturnType<typeof t.createTenant>>;
let desk: Session;
let lead: Session;
const people: Record<'anna' | 'bert' | 'cas', Session> = {} as never;
const workerIds: Record<'anna' | 'bert' | 'cas' | 'dirk' | 'coach', string> = {} as never;

async function addWorker(displayName: string, over: Record<string, unknown>) {
  const res = await lead.post('/api/v1/team/workers', {
    displayName,
    homeOrganisationId: tenant.clb.id,
    function: 'liaisonWorker',
    fteTeam: 100,
    secondmentStart: '2025-01-01',
    zoneCode: 'elz57',
    ...over,
  });
  expect(res.status, res.text).toBe(201);
  return res.body.workers.find((w: { displayName: string }) => w.displayName === displayName).id as string;
}

const suggestionFor = (familyId: string, as = desk) =>
  as.get(`/api/v1/team/assignment-suggestion?familyId=${familyId}`);

beforeAll(async () => {
  tenant = await t.createTenant();
  desk = await tenant.as('coordinator');
  lead = await tenant.as('leadPartner');
  people.anna = await tenant.as('liaisonWorker');
  people.bert = await tenant.as('liaisonWorker');
  people.cas = await tenant.as('liaisonWorker');
  // Anna full-time and Bert half-time in Sint-Niklaas' zone, Cas in another zone, Dirk without an
  // account, and a coach who takes no new families by availability.
  workerIds.anna = await addWorker('Anna Testwerker', { userId: people.anna.user.id });
  workerIds.bert = await addWorker('Bert Testwerker', { userId: people.bert.user.id, fteTeam: 50 });
  workerIds.cas = await addWorker('Cas Testwerker', { userId: people.cas.user.id, zoneCode: 'elz9' });
  workerIds.dirk = await addWorker('Dirk Zonderaccount', {});
  workerIds.coach = await addWorker('Coach Test', { function: 'coach' });
});

describe('caseload per FTE (R10)', () => {
  it('counts assigned families per worker and region, and shows no family', async () => {
    const first = await startedFamily(desk);
    const given = await desk.post(`/api/v1/families/${first.familyId}/assignments`, {
      userId: people.bert.user.id,
      overrideReason: 'Bert kent de school',
    });
    expect(given.status, given.text).toBe(200);
    const res = await lead.get('/api/v1/team/caseload');
    expect(res.status).toBe(200);
    const bert = res.body.workers.find((w: { workerId: string }) => w.workerId === workerIds.bert);
    // One family without a trajectory yet counts as one unit; at 50% that is 2 per FTE.
    expect(bert).toMatchObject({ families: 1, familiesWithoutTrajectory: 1, units: 1, perFte: 2 });
    const region = res.body.regions.find((r: { zoneCode: string }) => r.zoneCode === 'elz57');
    expect(region).toMatchObject({ workers: 4, fteTeam: 350, units: 1 });
    expect(res.text).not.toContain(first.familyId);
  });
});

describe('assignment by availability (R10)', () => {
  let familyId: string;
  let referralId: string;

  beforeAll(async () => {
    ({ familyId, referralId } = await startedFamily(desk));
  });

  it('suggests the worker of the family’s region with the most free capacity', async () => {
    const res = await suggestionFor(familyId);
    expect(res.status).toBe(200);
    expect(res.body.zone.code).toBe('elz57');
    expect(res.body.scope).toBe('region');
    // Bert has 2 per FTE, Anna none: Anna is suggested; Cas is of another zone.
    expect(res.body.suggestedWorkerId).toBe(workerIds.anna);
    const byName = Object.fromEntries(
      res.body.candidates.map((c: { displayName: string }) => [c.displayName, c]),
    );
    expect(byName['Dirk Zonderaccount'].availability).toBe('noAccount');
    expect(byName['Cas Testwerker'].isInRegion).toBe(false);
    expect(byName['Coach Test']).toBeUndefined();
  });

  it('skips a worker who is absent today', async () => {
    const absence = await lead.post(`/api/v1/team/workers/${workerIds.anna}/absences`, {
      startsOn: today,
      endsOn: today,
      reason: 'Vorming',
    });
    expect(absence.status).toBe(201);
    const res = await suggestionFor(familyId);
    expect(res.body.suggestedWorkerId).toBe(workerIds.bert);
    const anna = res.body.candidates.find((c: { workerId: string }) => c.workerId === workerIds.anna);
    expect(anna).toMatchObject({ availability: 'absent', absence: { startsOn: today, endsOn: today } });
  });

  it('a removed absence makes the worker available again; only for the team manager', async () => {
    const team = await lead.get('/api/v1/team');
    const anna = team.body.workers.find((w: { id: string }) => w.id === workerIds.anna);
    const url = `/api/v1/team/workers/${workerIds.anna}/absences/${anna.absences[0].id}`;
    expect(
      (await desk.del(`/api/v1/team/workers/${workerIds.bert}/absences/${anna.absences[0].id}`)).status,
    ).toBe(404);
    const stranger = await (await t.createTenant()).as('leadPartner');
    expect((await stranger.del(url)).status).toBe(404);
    expect((await people.anna.del(url)).status).toBe(403);
    const removed = await lead.del(url);
    expect(removed.status).toBe(200);
    expect(removed.body.workers.find((w: { id: string }) => w.id === workerIds.anna).absences).toEqual([]);
    expect((await suggestionFor(familyId)).body.suggestedWorkerId).toBe(workerIds.anna);
    // Absent again for the rest of this file's story.
    await lead.post(`/api/v1/team/workers/${workerIds.anna}/absences`, { startsOn: today, endsOn: today });
  });

  it('refuses another choice without a reason, and changes nothing', async () => {
    const res = await desk.post('/api/v1/team/assignments', {
      familyId,
      referralId,
      workerId: workerIds.cas,
    });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('ASSIGNMENT_OVERRIDE_REASON_REQUIRED');
    expect(res.body.error.details[0].field).toBe('overrideReason');
    const after = await suggestionFor(familyId);
    expect(after.body.assignedTo).toEqual([]);
    expect(after.body.decisions).toEqual([]);
  });

  it('refuses a worker without an account and one who takes no families', async () => {
    const dirk = await desk.post('/api/v1/team/assignments', {
      familyId,
      workerId: workerIds.dirk,
      overrideReason: 'Test',
    });
    expect(dirk.status).toBe(422);
    expect(dirk.body.error.code).toBe('WORKER_WITHOUT_ACCOUNT');
    const coach = await desk.post('/api/v1/team/assignments', {
      familyId,
      workerId: workerIds.coach,
      overrideReason: 'Test',
    });
    expect(coach.body.error.code).toBe('WORKER_NOT_ASSIGNABLE');
  });

  it('records an override with its reason, the suggestion and the candidates as they were', async () => {
    const res = await desk.post('/api/v1/team/assignments', {
      familyId,
      referralId,
      workerId: workerIds.cas,
      overrideReason: '  Cas kent het gezin al van een vorige begeleiding.  ',
    });
    expect(res.status, res.text).toBe(201);
    expect(res.body.assignedTo.map((a: { userId: string }) => a.userId)).toEqual([people.cas.user.id]);
    expect(res.body.decisions).toHaveLength(1);
    expect(res.body.decisions[0]).toMatchObject({
      referralId,
      workerName: 'Cas Testwerker',
      suggestedWorkerName: 'Bert Testwerker',
      isOverride: true,
      overrideReason: 'Cas kent het gezin al van een vorige begeleiding.',
      zoneCode: 'elz57',
      decidedOn: today,
    });
    // From now on Cas opens the file, like any assigned worker.
    expect((await people.cas.get(`/api/v1/families/${familyId}`)).status).toBe(200);
    // And the assignment is in the family's audit trail with the decision it came from.
    const trail = await desk.get(`/api/v1/families/${familyId}/audit`);
    const assigned = trail.body.items.find((e: { action: string }) => e.action === 'assign');
    expect(assigned.details).toMatchObject({ isOverride: true, userId: people.cas.user.id });
    expect(
      trail.body.items.some(
        (e: { action: string; details: { view?: string } }) =>
          e.action === 'read' && e.details?.view === 'assignmentSuggestion',
      ),
    ).toBe(true);
  });

  it('assigns the same worker only once (409) and records no second decision', async () => {
    const res = await desk.post('/api/v1/team/assignments', {
      familyId,
      workerId: workerIds.cas,
      overrideReason: 'Nog eens',
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('ALREADY_ASSIGNED');
    expect((await suggestionFor(familyId)).body.decisions).toHaveLength(1);
  });

  it('following the suggestion needs no reason and is not an override', async () => {
    const other = await startedFamily(desk);
    const suggestion = await suggestionFor(other.familyId);
    const res = await desk.post('/api/v1/team/assignments', {
      familyId: other.familyId,
      workerId: suggestion.body.suggestedWorkerId,
    });
    expect(res.status).toBe(201);
    expect(res.body.decisions[0]).toMatchObject({ isOverride: false, overrideReason: null });
    const list = await desk.get(`/api/v1/team/assignment-decisions?from=${today}&to=${today}`);
    // With Bert's family of the caseload test, given directly from the file with a reason.
    expect(list.body).toMatchObject({ total: 3, overrides: 2 });
  });

  it('refuses a referral of another family', async () => {
    const other = await startedFamily(desk);
    const res = await desk.post('/api/v1/team/assignments', {
      familyId: other.familyId,
      referralId,
      workerId: workerIds.bert,
    });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('REFERRAL_NOT_OF_FAMILY');
  });
});

describe('who may assign (R10, ADR 010)', () => {
  it('only the coordinator; another collaboration does not find the family', async () => {
    const { familyId } = await startedFamily(desk);
    expect((await suggestionFor(familyId, people.anna)).status).toBe(403);
    expect((await suggestionFor(familyId, lead)).status).toBe(403);
    const stranger = await (await t.createTenant()).as('coordinator');
    expect((await suggestionFor(familyId, stranger)).status).toBe(404);
    const post = await stranger.post('/api/v1/team/assignments', { familyId, workerId: workerIds.anna });
    expect(post.status).toBe(404);
    expect((await lead.get('/api/v1/team/assignment-decisions')).status).toBe(403);
  });
});

describe('R10 on the family file’s own assignment route too (issue #10)', () => {
  const direct = (familyId: string, body: Record<string, unknown>) =>
    desk.post(`/api/v1/families/${familyId}/assignments`, body);

  it('refuses another worker than the suggestion without a reason, and changes nothing', async () => {
    const { familyId } = await startedFamily(desk);
    const suggested = (await suggestionFor(familyId)).body.suggestedWorkerId;
    const other = suggested === workerIds.cas ? people.bert : people.cas;
    const res = await direct(familyId, { userId: other.user.id });
    expect([res.status, res.body.error.code]).toEqual([422, 'ASSIGNMENT_OVERRIDE_REASON_REQUIRED']);
    expect(res.body.error.details[0].field).toBe('overrideReason');
    const after = await suggestionFor(familyId);
    expect(after.body.assignedTo).toEqual([]);
    expect(after.body.decisions).toEqual([]);
  });

  it('records the choice with its reason, or the suggestion followed, like the assignment card', async () => {
    const { familyId } = await startedFamily(desk);
    const suggested = (await suggestionFor(familyId)).body.suggestedWorkerId;
    const other = suggested === workerIds.cas ? people.bert : people.cas;
    const res = await direct(familyId, { userId: other.user.id, overrideReason: 'Kent het gezin al' });
    expect(res.status, res.text).toBe(200);
    const { decisions } = (await suggestionFor(familyId)).body;
    expect(decisions).toHaveLength(1);
    expect(decisions[0]).toMatchObject({
      isOverride: true,
      overrideReason: 'Kent het gezin al',
      suggestedWorkerId: suggested,
    });

    const second = await startedFamily(desk);
    const next = (await suggestionFor(second.familyId)).body.suggestedWorkerId as string;
    const name = Object.entries(workerIds).find(([, id]) => id === next)?.[0] as 'anna' | 'bert' | 'cas';
    const followed = await direct(second.familyId, { userId: people[name].user.id });
    expect(followed.status, followed.text).toBe(200);
    expect((await suggestionFor(second.familyId)).body.decisions[0]).toMatchObject({
      isOverride: false,
      overrideReason: null,
    });
  });

  it('assigns someone outside the availability rule (not a team liaison worker) without a decision', async () => {
    const { familyId } = await startedFamily(desk);
    const coach = await tenant.as('liaisonWorker'); // an account without a worker record
    const res = await direct(familyId, { userId: coach.user.id });
    expect(res.status, res.text).toBe(200);
    expect((await suggestionFor(familyId)).body.decisions).toEqual([]);
  });
});
