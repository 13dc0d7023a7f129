// The family speaks (R16, issue 13 point 3, ADR 045): its own words beside the worker's, its
// answer to each plan version, corrections it asks and the worker answers, a message thread —
// only its own family, nothing kept from it (R28) reachable, everything audited.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../src/domain/dates';
import { signInAsFamilyMember } from '../support/family-accounts';
import { assign, planBody, startedFamily } from '../support/journey';
import { type Session, setupTestApp } from '../support/test-app';

const t = await setupTestApp();
let desk: Session;
let worker: Session;
let stranger: Session;
let parent: Session;
let child: Session;
let otherParent: Session;
let familyId: string;
let otherFamilyId: string;
let visibleContactId: string;
let hiddenContactId: string;
let otherFamilyContactId: string;

type Member = { id: string; role: string };
const membersOf = async (id: string) => (await desk.get(`/api/v1/families/${id}`)).body.members as Member[];
const memberId = (members: Member[], role: string) => (members.find((m) => m.role === role) as Member).id;

async function contact(session: Session, id: string, note: string, hiddenFromFamily?: string) {
  const res = await session.post(`/api/v1/families/${id}/contacts`, {
    kind: 'homeVisit',
    occurredOn: todayIso(),
    durationMinutes: 45,
    participants: ['Testouder'],
    note,
    hiddenFromFamily,
  });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

const voice = () => worker.get(`/api/v1/families/${familyId}/voice`);
const week = (session: Session = worker) => session.get('/api/v1/voice/week');
const weekOf = async (session: Session = worker) =>
  (await week(session)).body.families.find((f: { familyId: string }) => f.familyId === familyId);
const mailsTo = async (email: string) =>
  (await t.db.execute(sql`select subject, body from outbox where recipient = ${email} order by created_at`))
    .rows as { subject: string; body: string }[];

beforeAll(async () => {
  const tenant = await t.createTenant();
  desk = await tenant.as('coordinator');
  worker = await tenant.as('liaisonWorker');
  stranger = await tenant.as('liaisonWorker');
  ({ familyId } = await startedFamily(desk));
  await assign(desk, familyId, worker);
  expect((await worker.put(`/api/v1/families/${familyId}/plan`, planBody())).status).toBe(200);
  visibleContactId = await contact(worker, familyId, 'Samen het plan overlopen aan de keukentafel');
  hiddenContactId = await contact(
    worker,
    familyId,
    'De buurvrouw vertelde in vertrouwen',
    'thirdPartyConfidential',
  );
  const members = await membersOf(familyId);
  parent = await signInAsFamilyMember(t, { familyId, memberId: memberId(members, 'parent') });
  child = await signInAsFamilyMember(t, { familyId, memberId: memberId(members, 'child') });

  ({ familyId: otherFamilyId } = await startedFamily(desk));
  await assign(desk, otherFamilyId, stranger);
  otherFamilyContactId = await contact(stranger, otherFamilyId, 'Een ander gezin');
  otherParent = await signInAsFamilyMember(t, {
    familyId: otherFamilyId,
    memberId: memberId(await membersOf(otherFamilyId), 'parent'),
  });
});

describe('our words (wat wij ervan vinden)', () => {
  let entryId: string;

  it('a member adds their own words to a goal: kept as theirs, beside the goal, for the worker too', async () => {
    const added = await parent.post('/api/v1/portal/words', {
      subject: 'goal',
      subjectId: 'goal-school',
      text: 'School is nog moeilijk, maar het gaat beter.',
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      subject: 'goal',
      subjectId: 'goal-school',
      planVersion: 1,
      author: 'Testouder',
      about: 'Dat Testkind weer graag naar school gaat',
      withdrawnAt: null,
      history: [],
    });
    entryId = added.body.id;
    const seen = await voice();
    expect(seen.body.entries.map((e: { text: string; isNew: boolean }) => [e.text, e.isNew])).toEqual([
      ['School is nog moeilijk, maar het gaat beter.', true],
    ]);
    // The worker's text is untouched: the plan reads as it was saved.
    const plan = await worker.get(`/api/v1/families/${familyId}/plan`);
    expect(plan.body.current.version).toBe(1);
    expect(plan.body.current.content.goals[0].familyWords).toBe('Dat Testkind weer graag naar school gaat');
  });

  it('about a contact note the family reads; a note kept from it (R28) or another family’s is not there', async () => {
    const words = (subjectId: string, session: Session = parent) =>
      session.post('/api/v1/portal/words', {
        subject: 'contact',
        subjectId,
        text: 'Dat was een goed gesprek.',
      });
    expect((await words(visibleContactId)).status).toBe(201);
    expect((await words(hiddenContactId)).status).toBe(404);
    expect((await words(otherFamilyContactId)).status).toBe(404);
    expect((await words(visibleContactId, otherParent)).status).toBe(404);
    const unknownGoal = await parent.post('/api/v1/portal/words', {
      subject: 'goal',
      subjectId: 'goal-nope',
      text: 'x',
    });
    expect(unknownGoal.status).toBe(404);
  });

  it('refuses empty or malformed words with the field, never a 500', async () => {
    const empty = await parent.post('/api/v1/portal/words', {
      subject: 'goal',
      subjectId: 'goal-school',
      text: '',
    });
    expect(empty.status).toBe(400);
    expect(empty.body.error.details.map((d: { field: string }) => d.field)).toContain('text');
    const kind = await parent.post('/api/v1/portal/words', {
      subject: 'worry',
      subjectId: 'worry-sleep',
      text: 'x',
    });
    expect(kind.status).toBe(400);
    expect((await parent.put('/api/v1/portal/words/not-a-uuid', { text: 'x' })).status).toBe(400);
  });

  it('the author rewords it, the earlier wording kept; another member cannot; a stale change is 409', async () => {
    expect(
      (await child.put(`/api/v1/portal/words/${entryId}`, { text: 'Ik vind van niet' })).body.error.code,
    ).toBe('VOICE_ENTRY_NOT_YOURS');
    const edited = await parent.put(`/api/v1/portal/words/${entryId}`, {
      text: 'Het gaat echt beter op school.',
    });
    expect(edited.status).toBe(200);
    expect(edited.body.text).toBe('Het gaat echt beter op school.');
    expect(edited.body.history.map((h: { text: string }) => h.text)).toEqual([
      'School is nog moeilijk, maar het gaat beter.',
    ]);
    const stale = await parent.put(`/api/v1/portal/words/${entryId}`, { text: 'Nog eens' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('VOICE_ENTRY_CHANGED');
    expect((await otherParent.put(`/api/v1/portal/words/${edited.body.id}`, { text: 'x' })).status).toBe(404);

    const withdrawn = await parent.del(`/api/v1/portal/words/${edited.body.id}`);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.withdrawnAt).not.toBeNull();
    expect((await parent.del(`/api/v1/portal/words/${edited.body.id}`)).status).toBe(409);
    // Both sides still read what was said, and that it was withdrawn.
    const entry = (await voice()).body.entries.find((e: { id: string }) => e.id === edited.body.id);
    expect(entry).toMatchObject({ withdrawnAt: expect.any(String), history: [{ text: expect.any(String) }] });
  });
});

describe('agreeing or not to a plan version', () => {
  it('each member answers the current version once, with why not; the worker sees who said what', async () => {
    expect((await parent.get('/api/v1/portal/voice')).body).toMatchObject({
      currentPlanVersion: 1,
      agreementAsked: true,
    });
    const yes = await parent.post('/api/v1/portal/plan/responses', { planVersion: 1, agrees: true });
    expect(yes.status).toBe(200);
    expect(yes.body.agreementAsked).toBe(false);
    const again = await parent.post('/api/v1/portal/plan/responses', { planVersion: 1, agrees: false });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('PLAN_RESPONSE_GIVEN');
    const no = await child.post('/api/v1/portal/plan/responses', {
      planVersion: 1,
      agrees: false,
      reason: 'Ik wil zelf kiezen wanneer ik huiswerk maak.',
    });
    expect(no.status).toBe(200);
    const notCurrent = await child.post('/api/v1/portal/plan/responses', { planVersion: 7, agrees: true });
    expect(notCurrent.status).toBe(422);
    expect(notCurrent.body.error).toMatchObject({
      code: 'PLAN_VERSION_NOT_CURRENT',
      details: [{ field: 'planVersion' }],
    });
    const responses = (await voice()).body.responses;
    expect(
      responses.map((r: { member: string; planVersion: number; agrees: boolean; reason: string | null }) => [
        r.member,
        r.planVersion,
        r.agrees,
        r.reason,
      ]),
    ).toEqual([
      ['Testouder', 1, true, null],
      ['Testkind', 1, false, 'Ik wil zelf kiezen wanneer ik huiswerk maak.'],
    ]);
  });

  it('a new version asks everyone again', async () => {
    const current = (await worker.get(`/api/v1/families/${familyId}/plan`)).body.current;
    const saved = await worker.put(`/api/v1/families/${familyId}/plan`, {
      baseVersion: current.version,
      content: { ...current.content, worries: [] },
      changeNote: 'Zorg over slapen is weg',
    });
    expect(saved.status).toBe(200);
    expect((await parent.get('/api/v1/portal/voice')).body).toMatchObject({
      currentPlanVersion: 2,
      agreementAsked: true,
    });
  });
});

describe('asking a correction, and the worker’s answer', () => {
  let goalRequest: string;

  it('the family asks, naming which text of a goal; the text as it read is kept with the request', async () => {
    const noField = await parent.post('/api/v1/portal/corrections', {
      subject: 'goal',
      subjectId: 'goal-school',
      reason: 'Zo zeggen wij dat niet.',
    });
    expect(noField.status).toBe(422);
    expect(noField.body.error).toMatchObject({
      code: 'CORRECTION_FIELD_REQUIRED',
      details: [{ field: 'field' }],
    });
    const asked = await parent.post('/api/v1/portal/corrections', {
      subject: 'goal',
      subjectId: 'goal-school',
      field: 'professionalWording',
      reason: 'Het was geen langdurige afwezigheid, maar twee weken.',
      proposedText: 'Schoolherstel na twee weken afwezigheid',
    });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({
      status: 'open',
      planVersion: 2,
      originalText: 'Schoolherstel na langdurige afwezigheid',
      answer: null,
    });
    goalRequest = asked.body.id;
    expect((await weekOf())?.openCorrections).toBe(1);
  });

  it('a hidden note cannot be asked about (R28)', async () => {
    const hidden = await parent.post('/api/v1/portal/corrections', {
      subject: 'contact',
      subjectId: hiddenContactId,
      reason: 'Klopt niet',
    });
    expect(hidden.status).toBe(404);
  });

  it('an accepted plan correction is the next version, on top of the version the worker read', async () => {
    const answer = (body: object) =>
      worker.post(`/api/v1/families/${familyId}/corrections/${goalRequest}/answer`, body);
    expect((await answer({ decision: 'declined' })).body.error.code).toBe(
      'CORRECTION_DECLINE_REASON_REQUIRED',
    );
    expect((await answer({ decision: 'accepted', baseVersion: 2 })).body.error.code).toBe(
      'CORRECTION_TEXT_REQUIRED',
    );
    expect((await answer({ decision: 'accepted', correctedText: 'x' })).body.error.code).toBe(
      'CORRECTION_BASE_VERSION_REQUIRED',
    );
    const stale = await answer({ decision: 'accepted', correctedText: 'x', baseVersion: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('PLAN_VERSION_CONFLICT');

    const accepted = await answer({
      decision: 'accepted',
      correctedText: 'Schoolherstel na twee weken afwezigheid',
      reason: 'Je hebt gelijk, aangepast.',
      baseVersion: 2,
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({
      status: 'accepted',
      originalText: 'Schoolherstel na langdurige afwezigheid',
      answer: {
        by: worker.user.displayName,
        correctedText: 'Schoolherstel na twee weken afwezigheid',
        correctedInVersion: 3,
      },
    });
    const plan = (await worker.get(`/api/v1/families/${familyId}/plan`)).body;
    expect(plan.current.version).toBe(3);
    expect(plan.current.content.goals[0].professionalWording).toBe('Schoolherstel na twee weken afwezigheid');
    const v2 = await worker.get(`/api/v1/families/${familyId}/plan/versions/2`);
    expect(v2.body.content.goals[0].professionalWording).toBe('Schoolherstel na langdurige afwezigheid');

    const twice = await answer({ decision: 'declined', reason: 'Toch niet' });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('CORRECTION_ALREADY_ANSWERED');

    // The family reads the request, the answer and the change.
    const portal = (await parent.get('/api/v1/portal/voice')).body;
    expect(portal.corrections[0]).toMatchObject({ status: 'accepted', answer: { correctedInVersion: 3 } });
    expect((await weekOf())?.openCorrections ?? 0).toBe(0);
  });

  it('a contact note is never edited: the correction is kept and shown beside it', async () => {
    const asked = await child.post('/api/v1/portal/corrections', {
      subject: 'contact',
      subjectId: visibleContactId,
      reason: 'Het was in de woonkamer.',
      proposedText: 'Samen het plan overlopen in de woonkamer',
    });
    expect(asked.status).toBe(201);
    expect(asked.body.field).toBe('note');
    const accepted = await worker.post(`/api/v1/families/${familyId}/corrections/${asked.body.id}/answer`, {
      decision: 'accepted',
      correctedText: 'Samen het plan overlopen in de woonkamer',
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.answer).toMatchObject({
      correctedText: 'Samen het plan overlopen in de woonkamer',
      correctedInVersion: null,
    });
    const contacts = (await worker.get(`/api/v1/families/${familyId}/contacts`)).body;
    expect(contacts.map((c: { note: string }) => c.note)).toContain(
      'Samen het plan overlopen aan de keukentafel',
    );
  });

  it('a declined request keeps its reason for the family; another family’s request is not found', async () => {
    const asked = await parent.post('/api/v1/portal/corrections', {
      subject: 'strength',
      subjectId: 'strength-grandma',
      reason: 'Oma helpt ook op vrijdag.',
    });
    expect(asked.status).toBe(201);
    expect(
      (
        await stranger.post(`/api/v1/families/${otherFamilyId}/corrections/${asked.body.id}/answer`, {
          decision: 'declined',
          reason: 'x',
        })
      ).status,
    ).toBe(404);
    const declined = await worker.post(`/api/v1/families/${familyId}/corrections/${asked.body.id}/answer`, {
      decision: 'declined',
      reason: 'Dat staat al bij de acties.',
    });
    expect(declined.status).toBe(200);
    const mine = (await parent.get('/api/v1/portal/voice')).body.corrections.find(
      (c: { id: string }) => c.id === asked.body.id,
    );
    expect(mine).toMatchObject({
      status: 'declined',
      answer: { reason: 'Dat staat al bij de acties.', correctedText: null },
    });
  });
});

describe('messages and my week', () => {
  it('the family writes, the assigned worker sees it in my week, replies, and the family reads it', async () => {
    const sent = await parent.post('/api/v1/portal/messages', {
      text: 'Kunnen we de afspraak van dinsdag verzetten?',
    });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ from: 'family', author: 'Testouder', readAt: null });
    expect((await parent.post('/api/v1/portal/messages', { text: '' })).status).toBe(400);
    expect((await parent.post('/api/v1/portal/messages', { text: 'x'.repeat(2001) })).status).toBe(400);

    expect(await weekOf()).toMatchObject({ unreadMessages: 1, newAdditions: expect.any(Number) });
    // A relationship, not a role: neither an unassigned colleague nor the coordinator sees it here.
    expect(await weekOf(stranger)).toBeUndefined();
    expect(await weekOf(desk)).toBeUndefined();

    const reply = await worker.post(`/api/v1/families/${familyId}/messages`, {
      text: 'Woensdag om 10 uur past ook.',
    });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ from: 'worker', author: worker.user.displayName });
    expect((await weekOf())?.unreadMessages ?? 0).toBe(0);
    const thread = (await parent.get('/api/v1/portal/voice')).body.messages;
    expect(thread.map((m: { from: string; text: string }) => [m.from, m.text])).toEqual([
      ['family', 'Kunnen we de afspraak van dinsdag verzetten?'],
      ['worker', 'Woensdag om 10 uur past ook.'],
    ]);
  });

  it('"seen" clears the new words and answers; open requests stay until answered', async () => {
    await parent.post('/api/v1/portal/corrections', {
      subject: 'action',
      subjectId: 'action-clb',
      reason: 'Al gebeurd.',
    });
    expect((await weekOf())?.newAdditions).toBeGreaterThan(0);
    expect((await worker.post(`/api/v1/families/${familyId}/voice/seen`)).status).toBe(200);
    expect(await weekOf()).toMatchObject({ newAdditions: 0, unreadMessages: 0, openCorrections: 1 });
  });
});

describe('mail: "there is an answer in your portal"', () => {
  it('the member whose request or message was answered gets a mail without the family’s data', async () => {
    const email = parent.user.email as string;
    const mails = await mailsTo(email);
    expect(mails.length).toBeGreaterThanOrEqual(2);
    for (const mail of mails) {
      expect(mail.body).not.toContain('Schoolherstel');
      expect(mail.body).not.toContain('Woensdag');
      expect(mail.body).not.toContain('Testouder');
    }
  });
});

describe('doors', () => {
  it('a family account reaches no staff route of its own file; a professional no portal route', async () => {
    expect((await parent.get(`/api/v1/families/${familyId}/voice`)).status).toBe(403);
    expect((await parent.post(`/api/v1/families/${familyId}/messages`, { text: 'x' })).status).toBe(403);
    expect((await worker.get('/api/v1/portal/voice')).status).toBe(403);
    expect((await worker.post('/api/v1/portal/messages', { text: 'x' })).status).toBe(403);
  });

  it('a colleague without a relationship learns only whom to ask; another family sees only its own', async () => {
    const restricted = await stranger.get(`/api/v1/families/${familyId}/voice`);
    expect(restricted.status).toBe(403);
    expect(restricted.body.error.code).toBe('FAMILY_FILE_RESTRICTED');
    const theirs = (await otherParent.get('/api/v1/portal/voice')).body;
    expect(theirs).toMatchObject({ familyId: otherFamilyId, entries: [], corrections: [], messages: [] });
    expect(JSON.stringify(theirs)).not.toContain('keukentafel');
  });

  it('the portal lists only what the family may speak about (R28)', async () => {
    const subjects = (await parent.get('/api/v1/portal/voice')).body.subjects as { subjectId: string }[];
    expect(subjects.map((s) => s.subjectId)).toContain(visibleContactId);
    expect(subjects.map((s) => s.subjectId)).not.toContain(hiddenContactId);
  });

  it('every read and write is audited, in the family’s file', async () => {
    const rows = (
      await t.db.execute(
        sql`select entity_type as "entityType", action from audit_events where family_id = ${familyId}
            and entity_type in ('familyEntry', 'planResponse', 'correctionRequest', 'familyMessage')`,
      )
    ).rows as { entityType: string; action: string }[];
    const kinds = new Set(rows.map((r) => `${r.entityType}:${r.action}`));
    for (const kind of [
      'familyEntry:create',
      'familyEntry:update',
      'familyEntry:withdraw',
      'planResponse:agree',
      'correctionRequest:create',
      'correctionRequest:decide',
      'familyMessage:create',
    ])
      expect(kinds).toContain(kind);
    const reads = await t.db.execute(
      sql`select count(*)::int as n from audit_events where family_id = ${familyId} and action = 'read'
          and (details->>'view' = 'familyVoice' or details->>'portal' = 'voice')`,
    );
    expect((reads.rows[0] as { n: number }).n).toBeGreaterThan(0);
  });
});
