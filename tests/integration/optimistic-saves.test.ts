// ADR 018: no lost updates in the family file. Two people save the same record from the same
// version at once: exactly one save wins, the other gets 409 RECORD_CHANGED with the record as it
// is now (the winner's values), and nothing is silently lost. A save from the current version
// succeeds and raises the version; a save without a version is refused.
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths, todayIso } from '../../src/domain/dates';
import { assign, startedFamily } from '../support/journey';
import { type Session, setupTestApp, type TestResponse } from '../support/test-app';

const t = await setupTestApp();
const today = todayIso();
let desk: Session;
let worker: Session;
let coach: Session;

beforeAll(async () => {
  const tenant = await t.createTenant();
  desk = await tenant.as('coordinator');
  worker = await tenant.as('liaisonWorker');
  coach = await tenant.as('coach');
});

async function family(overrides: Parameters<typeof startedFamily>[1] = {}) {
  const started = await startedFamily(desk, overrides);
  await assign(desk, started.familyId, worker, overrides.receivedOn);
  await assign(desk, started.familyId, coach, overrides.receivedOn);
  return started;
}

/** Two saves at once: which one won, and the refused one's answer. */
async function race(first: Promise<TestResponse>, second: Promise<TestResponse>) {
  const answers = await Promise.all([first, second]);
  expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
  const winner = answers.findIndex((a) => a.status === 200);
  const stale = answers[1 - winner] as TestResponse;
  expect(stale.body.error.code).toBe('RECORD_CHANGED');
  expect(stale.body.error.message).not.toBe('RECORD_CHANGED'); // translated
  return { winner, saved: answers[winner] as TestResponse, stale: stale.body.error.details };
}

describe('a family member', () => {
  it('two corrections from one version: one is saved, the other gets the current member', async () => {
    const { familyId } = await family();
    const file = await worker.get(`/api/v1/families/${familyId}`);
    const member = file.body.members[0];
    expect(member.version).toBe(1);
    const url = `/api/v1/families/${familyId}/members/${member.id}`;
    const edit = (givenName: string, as: Session) =>
      as.put(url, { role: member.role, givenName, familyName: 'Versie', baseVersion: 1 });
    const names = ['Anna', 'Bert'];
    const { winner, stale } = await race(edit('Anna', worker), edit('Bert', coach));
    expect(stale).toMatchObject({
      record: 'familyMember',
      id: member.id,
      currentVersion: 2,
      current: { givenName: names[winner], version: 2 },
    });
    const after = (await worker.get(`/api/v1/families/${familyId}`)).body.members;
    expect(after.find((m: { id: string }) => m.id === member.id)).toMatchObject({
      givenName: names[winner],
      version: 2,
    });

    // The loser reloads and saves on top of the current version: nothing is lost.
    const again = await worker.put(url, { role: member.role, givenName: 'Anna-Bert', baseVersion: 2 });
    expect(again.status).toBe(200);
    expect(again.body.members.find((m: { id: string }) => m.id === member.id)).toMatchObject({
      givenName: 'Anna-Bert',
      version: 3,
    });
    const old = await coach.put(url, { role: member.role, givenName: 'Oud', baseVersion: 2 });
    expect([old.status, old.body.error.details.current.givenName]).toEqual([409, 'Anna-Bert']);
    expect((await worker.put(url, { role: member.role, givenName: 'Zonder' })).status).toBe(400);
  });
});

describe('a network entry', () => {
  it('two changes from one version: one is saved, the other gets the current entry', async () => {
    const { familyId } = await family();
    const added = await worker.post(`/api/v1/families/${familyId}/network`, {
      kind: 'informal',
      name: 'Oma',
    });
    const entry = added.body.network[0];
    expect(entry.version).toBe(1);
    const url = `/api/v1/families/${familyId}/network/${entry.id}`;
    const edit = (relation: string, as: Session) =>
      as.put(url, { kind: 'informal', name: 'Oma', relation, baseVersion: 1 });
    const relations = ['grootmoeder', 'buurvrouw'];
    const { winner, stale } = await race(edit('grootmoeder', worker), edit('buurvrouw', coach));
    expect(stale).toMatchObject({
      record: 'networkMember',
      currentVersion: 2,
      current: { relation: relations[winner], version: 2 },
    });
    const saved = await worker.put(url, { kind: 'informal', name: 'Oma', relation: 'meter', baseVersion: 2 });
    expect(saved.body.network[0]).toMatchObject({ relation: 'meter', version: 3 });
  });
});

describe('a trajectory', () => {
  const bridging = (waitingFor: string) => ({ waitingFor, waitingListOf: 'CGG Test', waitingSince: today });

  it('two detail updates from one version: one is saved, the other gets the current trajectory', async () => {
    const { familyId } = await family();
    const started = await worker.post(`/api/v1/families/${familyId}/trajectories`, {
      kind: 'bridging',
      fundingLine: 'regular',
      bridging: bridging('Kinderpsychiatrie'),
    });
    expect(started.body.version).toBe(1);
    const url = `/api/v1/trajectories/${started.body.id}`;
    const waits = ['Thuisbegeleiding', 'Logopedie'];
    const { winner, stale } = await race(
      worker.put(url, { bridging: bridging('Thuisbegeleiding'), baseVersion: 1 }),
      coach.put(url, { bridging: bridging('Logopedie'), baseVersion: 1 }),
    );
    expect(stale).toMatchObject({
      record: 'trajectory',
      currentVersion: 2,
      current: { id: started.body.id, version: 2, bridging: { waitingFor: waits[winner] } },
    });
    const current = await worker.put(url, { bridging: bridging('Beide'), baseVersion: 2 });
    expect([current.status, current.body.version]).toEqual([200, 3]);
  });

  it('an extension: a request changed meanwhile is not accepted unseen; a close from an old version is refused', async () => {
    const { familyId } = await family();
    const started = await worker.post(`/api/v1/families/${familyId}/trajectories`, {
      kind: 'shortTerm',
      fundingLine: 'regular',
      startedOn: addMonths(today, -4),
    });
    const url = `/api/v1/trajectories/${started.body.id}`;
    const request = (reason: string, as: Session) =>
      as.post(`${url}/extension`, { reason, untilOn: addDays(today, 30), baseVersion: 1 });
    const reasons = ['Schoolstart afwachten', 'Netwerk samenbrengen'];
    const { winner, saved, stale } = await race(
      request('Schoolstart afwachten', worker),
      request('Netwerk samenbrengen', desk),
    );
    expect(stale.current.extension.reason).toBe(reasons[winner]);
    expect(saved.body.version).toBe(2);

    // The worker changes the request after the coach read version 2: the coach's acceptance is stale.
    const changed = await worker.post(`${url}/extension`, {
      reason: 'Langer nodig',
      untilOn: addDays(today, 40),
      baseVersion: 2,
    });
    expect(changed.body.version).toBe(3);
    const unseen = await coach.post(`${url}/extension/accept`, { baseVersion: 2 });
    expect([unseen.status, unseen.body.error.code]).toEqual([409, 'RECORD_CHANGED']);
    expect(unseen.body.error.details.current.extension).toMatchObject({
      reason: 'Langer nodig',
      acceptedOn: null,
    });
    const accepted = await coach.post(`${url}/extension/accept`, { baseVersion: 3 });
    expect([accepted.status, accepted.body.version]).toEqual([200, 4]);

    const close = (as: Session, baseVersion: number) =>
      as.post(`${url}/close`, { closedOn: today, reason: 'goalsReached', baseVersion });
    const stale3 = await close(worker, 3);
    expect([stale3.status, stale3.body.error.details.current.status]).toEqual([409, 'open']);
    const closed = await close(worker, 4);
    expect([closed.status, closed.body.status, closed.body.version]).toEqual([200, 'closed', 5]);
  });

  it('a coordination meeting recorded by two people at once keeps one record and shows it to the other', async () => {
    const { familyId } = await family();
    const started = await worker.post(`/api/v1/families/${familyId}/trajectories`, {
      kind: 'handover',
      fundingLine: 'regular',
      startedOn: addDays(today, -10),
      handover: { receivingServices: [{ organisation: 'CGG Test' }], conversationParticipants: [] },
    });
    const url = `/api/v1/trajectories/${started.body.id}`;
    const planned = await worker.post(`${url}/meetings`, { plannedOn: addDays(today, -1) });
    const meeting = planned.body.meetings[0];
    expect(meeting.version).toBe(1);
    const record = (decisions: string, as: Session) =>
      as.put(`${url}/meetings/${meeting.id}`, {
        heldOn: addDays(today, -1),
        participants: ['moeder', 'CGG'],
        decisions,
        isFamilyPresent: true,
        baseVersion: 1,
      });
    const decisions = ['CGG neemt over', 'CAW start'];
    const { winner, stale } = await race(record('CGG neemt over', worker), record('CAW start', coach));
    expect(stale).toMatchObject({
      record: 'coordinationMeeting',
      id: meeting.id,
      currentVersion: 2,
      current: { decisions: decisions[winner], version: 2 },
    });
    const contacts = await worker.get(`/api/v1/families/${familyId}/contacts`);
    expect(contacts.body.filter((c: { kind: string }) => c.kind === 'coordinationMeeting')).toHaveLength(1);
  });
});

describe('a care week (R5)', () => {
  it('two recordings of one week at once: one is kept, the other sees it; a correction names its version', async () => {
    const receivedOn = addDays(today, -20);
    const { familyId } = await family({
      fundingLine: 'familyCare',
      receivedOn,
      family: {
        municipalityNis: '46021',
        members: [{ role: 'child', givenName: 'Testbaby', birthDate: addDays(receivedOn, -100) }],
      },
    });
    const started = await worker.post(`/api/v1/families/${familyId}/trajectories`, {
      kind: 'familyCare',
      fundingLine: 'familyCare',
      startedOn: receivedOn,
      familyCare: { provider: 'Gezinszorg Test' },
    });
    expect(started.status).toBe(201);
    expect(started.body.familyCare.weeks[0]).toMatchObject({ week: 1, minutes: null, version: 0 });
    const url = `/api/v1/trajectories/${started.body.id}/care-weeks/1`;
    const minutes = [240, 300];
    const { winner, stale } = await race(
      worker.put(url, { minutes: 240, baseVersion: 0 }),
      coach.put(url, { minutes: 300, baseVersion: 0 }),
    );
    expect(stale).toMatchObject({
      record: 'careWeek',
      currentVersion: 1,
      current: { minutes: minutes[winner] },
    });
    const corrected = await worker.put(url, { minutes: 480, baseVersion: 1 });
    expect(corrected.body.familyCare.weeks[0]).toMatchObject({ minutes: 480, version: 2 });
    const old = await coach.put(url, { minutes: 60, baseVersion: 1 });
    expect([old.status, old.body.error.details.current.minutes]).toEqual([409, 480]);
  });
});

describe('a team worker (outside the family file)', () => {
  it('two changes from one version: one is saved, the other gets the current worker', async () => {
    const tenant = await t.createTenant();
    const lead = await tenant.as('leadPartner');
    const body = {
      displayName: 'Versie Werker',
      homeOrganisationId: tenant.clb.id,
      function: 'liaisonWorker',
      fteTeam: 50,
      fteHomeOrganisation: 50,
      secondmentStart: '2026-01-01',
    };
    const created = await lead.post('/api/v1/team/workers', body);
    const worker = created.body.workers.find(
      (w: { displayName: string }) => w.displayName === 'Versie Werker',
    );
    expect(worker.version).toBe(1);
    const url = `/api/v1/team/workers/${worker.id}`;
    const sites = ['Sint-Niklaas', 'Dendermonde'];
    const { winner, stale } = await race(
      lead.put(url, { ...body, site: 'Sint-Niklaas', baseVersion: 1 }),
      lead.put(url, { ...body, site: 'Dendermonde', baseVersion: 1 }),
    );
    expect(stale).toMatchObject({ record: 'worker', currentVersion: 2, current: { site: sites[winner] } });
    const saved = await lead.put(url, { ...body, site: 'Lokeren', baseVersion: 2 });
    expect(saved.body.workers.find((w: { id: string }) => w.id === worker.id)).toMatchObject({
      site: 'Lokeren',
      version: 3,
    });
  });
});
