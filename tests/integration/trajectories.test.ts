// Trajectories on a funding line, each of one kind: R1 short strength-based help, R2 bridging
// while waiting, R3 warm hand-over with coordination meetings, R20 moving out; contacts; and
// closing with the family's own rating (R21).
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths, todayIso } from '../../src/domain/dates';
import { assign, planBody, startedFamily } from '../support/journey';
import { type Session, setupTestApp } from '../support/test-app';

const t = await setupTestApp();
let tenant: Awaited<ReturnType<typeof t.createTenant>>;
let desk: Session;
let worker: Session;
let coach: Session;
const today = todayIso();

beforeAll(async () => {
  tenant = await t.createTenant();
  desk = await tenant.as('coordinator');
  worker = await tenant.as('liaisonWorker');
  coach = await tenant.as('coach');
});

async function family() {
  const started = await startedFamily(desk);
  await assign(desk, started.familyId, worker);
  await assign(desk, started.familyId, coach);
  return started;
}

const start = (familyId: string, body: Record<string, unknown>, as = worker) =>
  as.post(`/api/v1/families/${familyId}/trajectories`, { fundingLine: 'regular', ...body });

const handover = {
  receivingServices: [
    { organisation: 'CGG Voorbeeld', service: 'kinderpsychiatrie', worker: 'Dr. Test' },
    { organisation: 'CAW Voorbeeld', service: 'budgetbegeleiding' },
  ],
  conversationParticipants: [],
};

describe('R1: a short strength-based trajectory', () => {
  it('starts from the referral and ends 4 months after its start, warned at 3.5 months', async () => {
    const { familyId, referralId } = await family();
    const res = await start(familyId, { kind: 'shortTerm', referralId, startedOn: addMonths(today, -1) });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      kind: 'shortTerm',
      referralId,
      status: 'open',
      fundingLine: { code: 'regular' },
      shortTerm: { endsOn: addMonths(addMonths(today, -1), 4), state: 'running', isExtensionPending: false },
    });
    expect((await start(familyId, { kind: 'shortTerm' })).status).toBe(409); // one of a kind at a time
    const future = await start(familyId, {
      kind: 'bridging',
      startedOn: addDays(today, 1),
      bridging: { waitingFor: 'x', waitingListOf: 'y', waitingSince: today },
    });
    expect(future.body.error.code).toBe('TRAJECTORY_START_IN_FUTURE');
    expect((await start(familyId, { kind: 'shortTerm', fundingLine: 'nope' })).body.error.code).toBe(
      'FUNDING_LINE_UNKNOWN',
    );
  });

  it('goes past 4 months only with a reason accepted by a coach (not their own) or the coordinator', async () => {
    const { familyId } = await family();
    const startedOn = addMonths(today, -5);
    const trajectory = (await start(familyId, { kind: 'shortTerm', startedOn })).body;
    expect(trajectory.shortTerm.state).toBe('overdue');
    const url = `/api/v1/trajectories/${trajectory.id}/extension`;
    const tooShort = await worker.post(url, {
      reason: 'Nog even',
      untilOn: addMonths(startedOn, 4),
      baseVersion: 1,
    });
    expect(tooShort.body.error.code).toBe('EXTENSION_NOT_NEEDED');
    const requested = await worker.post(url, {
      reason: 'Schoolstart afwachten',
      untilOn: addDays(today, 30),
      baseVersion: 1,
    });
    expect(requested.body).toMatchObject({
      shortTerm: { state: 'overdue', isExtensionPending: true },
      extension: { reason: 'Schoolstart afwachten', requestedBy: worker.user.displayName, acceptedOn: null },
    });
    expect((await worker.post(`${url}/accept`, { baseVersion: 2 })).status).toBe(403); // a liaison worker cannot accept
    const accepted = await coach.post(`${url}/accept`, { baseVersion: 2 });
    expect(accepted.status).toBe(200);
    expect(accepted.body.shortTerm).toMatchObject({ state: 'extended', endsOn: addDays(today, 30) });
    expect(accepted.body.extension.acceptedBy).toBe(coach.user.displayName);
    expect((await coach.post(`${url}/accept`, { baseVersion: 3 })).body.error.code).toBe(
      'EXTENSION_ALREADY_ACCEPTED',
    );
  });

  it('a coach does not accept their own request; the coordinator may', async () => {
    const { familyId } = await family();
    const trajectory = (await start(familyId, { kind: 'shortTerm', startedOn: addMonths(today, -4) })).body;
    const url = `/api/v1/trajectories/${trajectory.id}/extension`;
    await coach.post(url, {
      reason: 'Gezin vraagt nog twee gesprekken',
      untilOn: addDays(today, 20),
      baseVersion: 1,
    });
    const own = await coach.post(`${url}/accept`, { baseVersion: 2 });
    expect([own.status, own.body.error.code]).toEqual([403, 'EXTENSION_OWN_REQUEST']);
    expect((await desk.post(`${url}/accept`, { baseVersion: 2 })).status).toBe(200);
  });
});

describe('R2: bridging help while the family waits', () => {
  it('records what, on whose list, since when; more than 31 days without contact is overdue', async () => {
    const { familyId } = await family();
    const res = await start(familyId, {
      kind: 'bridging',
      startedOn: addDays(today, -40),
      bridging: {
        waitingFor: 'Kinderpsychiatrie',
        waitingListOf: 'CGG Voorbeeld',
        waitingSince: addDays(today, -60),
      },
    });
    expect(res.body.bridging).toMatchObject({
      waitingFor: 'Kinderpsychiatrie',
      waitingListOf: 'CGG Voorbeeld',
      lastContactOn: null,
      daysWithoutContact: 40,
      contactState: 'overdue',
    });
    const contact = await worker.post(`/api/v1/families/${familyId}/contacts`, {
      kind: 'phone',
      occurredOn: addDays(today, -31),
      durationMinutes: 20,
      trajectoryId: res.body.id,
    });
    expect(contact.status).toBe(201);
    const list = await worker.get(`/api/v1/families/${familyId}/trajectories`);
    expect(list.body[0].bridging).toMatchObject({
      daysWithoutContact: 31,
      contactState: 'dueToday',
      contactDueOn: today,
    });
  });
});

describe('contacts', () => {
  it('records kind, date, duration, participants and a note; not in the future, not on another family’s trajectory', async () => {
    const { familyId } = await family();
    const other = await family();
    const otherTrajectory = (await start(other.familyId, { kind: 'shortTerm' })).body;
    const ok = await worker.post(`/api/v1/families/${familyId}/contacts`, {
      kind: 'networkMeeting',
      occurredOn: today,
      durationMinutes: 90,
      participants: ['moeder', 'oma', 'leerkracht'],
      note: 'Netwerk samengebracht rond de schoolstart.',
    });
    expect(ok.body).toMatchObject({ kind: 'networkMeeting', durationMinutes: 90, hiddenFromFamily: null });
    const future = await worker.post(`/api/v1/families/${familyId}/contacts`, {
      kind: 'phone',
      occurredOn: addDays(today, 1),
      durationMinutes: 10,
    });
    expect(future.body.error.code).toBe('CONTACT_IN_FUTURE');
    const wrong = await worker.post(`/api/v1/families/${familyId}/contacts`, {
      kind: 'phone',
      occurredOn: today,
      durationMinutes: 10,
      trajectoryId: otherTrajectory.id,
    });
    expect(wrong.body.error.code).toBe('TRAJECTORY_NOT_OF_FAMILY');
    const bad = await worker.post(`/api/v1/families/${familyId}/contacts`, {
      kind: 'phone',
      occurredOn: today,
      durationMinutes: 10,
      hiddenFromFamily: 'becauseISaidSo',
    });
    expect(bad.status).toBe(400);
  });
});

describe('R3: warm hand-over', () => {
  it('with the joint conversation and coordination meetings when several services start, then closes', async () => {
    const { familyId } = await family();
    const res = await start(familyId, { kind: 'handover', startedOn: addDays(today, -20), handover });
    expect(res.status).toBe(201);
    expect(res.body.handover).toMatchObject({
      needsCoordinationMeetings: true,
      missing: ['conversation', 'participants', 'sharedInformation', 'coordinationAgreement'],
    });
    const id = res.body.id;
    const early = await worker.post(`/api/v1/trajectories/${id}/close`, {
      closedOn: today,
      reason: 'handedOver',
      baseVersion: 1,
    });
    expect([early.status, early.body.error.code]).toEqual([422, 'HANDOVER_INCOMPLETE']);

    const updated = await worker.put(`/api/v1/trajectories/${id}`, {
      baseVersion: 1,
      handover: {
        ...handover,
        conversationOn: addDays(today, -10),
        conversationParticipants: ['moeder', 'vader', 'Dr. Test (CGG)', 'Test liaison'],
        sharedInformation: 'Het gezinsplan, de evolutie sinds de start en wat werkte.',
        coordinationAgreement: 'De verbindingsmedewerker blijft aanspreekpunt tot het eerste overleg.',
      },
    });
    expect(updated.body.handover.missing).toEqual([]);
    const future = await worker.put(`/api/v1/trajectories/${id}`, {
      baseVersion: 2,
      handover: { ...handover, conversationOn: addDays(today, 2) },
    });
    expect(future.body.error.code).toBe('HANDOVER_CONVERSATION_IN_FUTURE');

    const planned = await worker.post(`/api/v1/trajectories/${id}/meetings`, {
      plannedOn: addDays(today, -2),
      participants: ['gezin', 'CGG', 'CAW'],
    });
    const meeting = planned.body.meetings[0];
    expect(meeting).toMatchObject({ heldOn: null, participants: ['gezin', 'CGG', 'CAW'] });
    const held = await worker.put(`/api/v1/trajectories/${id}/meetings/${meeting.id}`, {
      heldOn: addDays(today, -2),
      participants: ['moeder', 'CGG', 'CAW'],
      decisions: 'CAW start budgetbegeleiding; doel 2 gaat naar het CGG.',
      isFamilyPresent: true,
      baseVersion: 1,
    });
    expect(held.body.meetings[0]).toMatchObject({ heldOn: addDays(today, -2), isFamilyPresent: true });
    const contacts = await worker.get(`/api/v1/families/${familyId}/contacts`);
    expect(contacts.body[0]).toMatchObject({ kind: 'coordinationMeeting', trajectoryId: id });
    expect(
      (
        await worker.put(`/api/v1/trajectories/${id}/meetings/${meeting.id}`, {
          heldOn: today,
          participants: ['x'],
          decisions: 'y',
          isFamilyPresent: false,
          baseVersion: 2,
        })
      ).status,
    ).toBe(409);

    const closed = await worker.post(`/api/v1/trajectories/${id}/close`, {
      closedOn: today,
      reason: 'handedOver',
      closingConversationOn: today,
      familyRating: 9,
      baseVersion: 2,
      familyWords: 'We staan er niet meer alleen voor.',
    });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({
      status: 'closed',
      closing: { reason: 'handedOver', familyRating: 9 },
    });
    expect(
      (
        await worker.post(`/api/v1/trajectories/${id}/close`, {
          closedOn: today,
          reason: 'other',
          baseVersion: 3,
        })
      ).status,
    ).toBe(409);
  });
});

describe('R20: moving out of the region', () => {
  it('never closes silently: a short trajectory cannot close as "moved", the moving-out one only after a hand-over', async () => {
    const { familyId } = await family();
    const shortTerm = (await start(familyId, { kind: 'shortTerm', startedOn: addDays(today, -30) })).body;
    const silent = await worker.post(`/api/v1/trajectories/${shortTerm.id}/close`, {
      closedOn: today,
      reason: 'movedOutOfRegion',
      baseVersion: 1,
    });
    expect([silent.status, silent.body.error.code]).toEqual([422, 'MOVING_OUT_NEEDS_HANDOVER']);

    const moving = await start(familyId, {
      kind: 'movingOut',
      startedOn: addDays(today, -5),
      movingOut: { newMunicipality: 'Gent', movingOn: addDays(today, 10) },
    });
    expect(moving.body.movingOut).toEqual({ newMunicipality: 'Gent', movingOn: addDays(today, 10) });
    const id = moving.body.id;
    const notYet = await worker.post(`/api/v1/trajectories/${id}/close`, {
      closedOn: today,
      reason: 'handedOver',
      baseVersion: 1,
    });
    expect(notYet.body.error.code).toBe('HANDOVER_INCOMPLETE');
    const otherReason = await worker.post(`/api/v1/trajectories/${id}/close`, {
      closedOn: today,
      reason: 'familyStopped',
      baseVersion: 1,
    });
    expect(otherReason.body.error.code).toBe('CLOSE_REASON_NOT_FOR_KIND');
    await worker.put(`/api/v1/trajectories/${id}`, {
      baseVersion: 1,
      handover: {
        receivingServices: [{ organisation: 'Samenwerkingsverband Gent (test)', worker: 'Collega Gent' }],
        conversationOn: today,
        conversationParticipants: ['moeder', 'Collega Gent'],
        sharedInformation: 'Gezinsplan en contactgegevens van het netwerk.',
        coordinationAgreement: 'Gent neemt over vanaf de verhuis; wij bellen na een maand.',
      },
    });
    const closed = await worker.post(`/api/v1/trajectories/${id}/close`, {
      closedOn: today,
      reason: 'handedOver',
      baseVersion: 2,
    });
    expect(closed.body.status).toBe('closed');
  });
});

describe('R21: closing with the family’s own rating', () => {
  it('asks the rating at the closing conversation; takes goals reached and services at start and end', async () => {
    const { familyId } = await family();
    const startedOn = addDays(today, -60);
    const network = (body: Record<string, unknown>) =>
      worker.post(`/api/v1/families/${familyId}/network`, body);
    await network({
      kind: 'professional',
      name: 'A',
      organisation: 'CGG Voorbeeld',
      since: addDays(today, -200),
    });
    await network({
      kind: 'professional',
      name: 'B',
      organisation: 'CAW Voorbeeld',
      since: addDays(today, -100),
      until: addDays(today, -10),
    });
    await network({ kind: 'informal', name: 'Oma', relation: 'grootmoeder' });
    const body = planBody();
    body.content.goals = body.content.goals.map((g, i) => ({
      ...g,
      status: i === 0 ? 'reached' : 'partlyReached',
    }));
    expect((await worker.put(`/api/v1/families/${familyId}/plan`, body)).status).toBe(200);
    const trajectory = (await start(familyId, { kind: 'shortTerm', startedOn })).body;
    const url = `/api/v1/trajectories/${trajectory.id}/close`;

    const noRating = await worker.post(url, {
      closedOn: today,
      reason: 'goalsReached',
      closingConversationOn: today,
      baseVersion: 1,
    });
    expect(noRating.body.error.code).toBe('FAMILY_RATING_REQUIRED');
    expect(
      (await worker.post(url, { closedOn: addDays(startedOn, -1), reason: 'goalsReached', baseVersion: 1 }))
        .body.error.code,
    ).toBe('CLOSE_BEFORE_START');
    expect(
      (await worker.post(url, { closedOn: today, reason: 'followUpCareStarted', baseVersion: 1 })).body.error
        .code,
    ).toBe('CLOSE_REASON_NOT_FOR_KIND');
    const closed = await worker.post(url, {
      closedOn: today,
      reason: 'goalsReached',
      closingConversationOn: today,
      familyRating: 8,
      familyWords: 'Er is weer rust in huis.',
      note: 'Afgesloten in een fijn gesprek.',
      baseVersion: 1,
    });
    expect(closed.status).toBe(200);
    expect(closed.body.closing).toEqual({
      closedOn: today,
      reason: 'goalsReached',
      note: 'Afgesloten in een fijn gesprek.',
      closingConversationOn: today,
      familyRating: 8,
      familyWords: 'Er is weer rust in huis.',
      goals: { total: 2, reached: 1, partlyReached: 1 },
      servicesAtStart: 2,
      servicesAtEnd: 1,
      closedBy: worker.user.displayName,
    });
    const rating = await worker.post(url, { closedOn: today, reason: 'goalsReached', familyRating: 11 });
    expect(rating.status).toBe(400); // the rating is 1 to 10
    const again = await worker.post(url, { closedOn: today, reason: 'goalsReached', baseVersion: 2 });
    expect([again.status, again.body.error.code]).toEqual([409, 'TRAJECTORY_ALREADY_CLOSED']);
  });
});
