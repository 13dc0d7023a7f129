// R14 on real PostgreSQL: an advice round where a principled objection blocks the decision until
// it is withdrawn or resolved, a personal objection that does not block, and members who give
// their own advice (and only their own).
import { beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../src/domain/dates';
import { createSteeringGroup } from '../support/governance-factories';
import { type Session, setupTestApp } from '../support/test-app';

const t = await setupTestApp();
const G = '/api/v1/governance';

let staff: Session;
let steering: Session;
let body: Awaited<ReturnType<typeof createSteeringGroup>>;
let roundId: string;
let itemId: string;
let meetingId: string;

const objection = {
  kind: 'principledObjection',
  againstVisionAndValues: 'Eén gezin, één plan wordt losgelaten: elke partner volgt weer zijn eigen traject.',
  harmToClientsOrStakeholders: 'Gezinnen krijgen opnieuw drie hulpverleners en herhalen hun verhaal.',
};

beforeAll(async () => {
  const tenant = await t.createTenant();
  staff = await tenant.as('staffOfficer');
  steering = await tenant.as('steeringMember');
  body = await createSteeringGroup(staff, [{ session: steering, name: 'Pieter Stuur' }]);
  const meeting = await staff.post(`${G}/meetings`, {
    bodyId: body.id,
    date: todayIso(),
    agenda: [{ title: 'Output-gebaseerde afspraken met werkgevers' }],
  });
  meetingId = meeting.body.id;
  itemId = meeting.body.agenda[0].id;
  await staff.post(`${G}/meetings/${meetingId}/invitation`);
});

describe('an advice round (R14)', () => {
  it('opens on a proposal of an agenda item and asks every current member', async () => {
    const res = await staff.post(`${G}/advice-rounds`, {
      meetingId,
      agendaItemId: itemId,
      title: 'Werktijd flexibel verdelen na 9 maanden',
      proposal: 'Verbindingsmedewerkers verdelen hun werktijd flexibel over team en moederorganisatie.',
    });
    expect(res.status).toBe(201);
    roundId = res.body.id;
    expect(res.body).toMatchObject({
      status: 'open',
      agendaItem: { id: itemId },
      summary: { given: 0, missing: 4, canDecide: true },
    });
    expect(res.body.members.map((m: { name: string }) => m.name).sort()).toEqual([
      'Ann Afwezig',
      'Greet Voorzitter',
      'Koen Vervangen',
      'Pieter Stuur',
    ]);
  });

  it('records positive advice, and positive advice only with its amendment', async () => {
    const positive = await staff.put(
      `${G}/advice-rounds/${roundId}/advice/${body.memberId('Greet Voorzitter')}`,
      {
        kind: 'positive',
      },
    );
    expect(positive.status).toBe(200);
    const noText = await staff.put(`${G}/advice-rounds/${roundId}/advice/${body.memberId('Ann Afwezig')}`, {
      kind: 'positiveWithAmendment',
    });
    expect(noText.status).toBe(422);
    expect(noText.body.error.details[0]).toMatchObject({
      field: 'amendment',
      code: 'GOVERNANCE_AMENDMENT_REQUIRED',
    });
    const amended = await staff.put(`${G}/advice-rounds/${roundId}/advice/${body.memberId('Ann Afwezig')}`, {
      kind: 'positiveWithAmendment',
      amendment: 'Pas vanaf 9 maanden in het team.',
    });
    expect(amended.body.summary).toMatchObject({ positive: 1, positiveWithAmendment: 1, missing: 2 });
  });

  it('refuses a principled objection that does not say whom it harms', async () => {
    const res = await staff.put(`${G}/advice-rounds/${roundId}/advice/${body.memberId('Koen Vervangen')}`, {
      kind: 'principledObjection',
      againstVisionAndValues: objection.againstVisionAndValues,
    });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('GOVERNANCE_OBJECTION_HARM_REQUIRED');
  });

  it('a member gives their own advice: a principled objection, which blocks the decision', async () => {
    const other = await steering.put(
      `${G}/advice-rounds/${roundId}/advice/${body.memberId('Koen Vervangen')}`,
      {
        kind: 'positive',
      },
    );
    expect(other.status).toBe(403);
    expect(other.body.error.code).toBe('GOVERNANCE_ADVICE_OF_ANOTHER_MEMBER');
    const own = await steering.put(
      `${G}/advice-rounds/${roundId}/advice/${body.memberId('Pieter Stuur')}`,
      objection,
    );
    expect(own.status).toBe(200);
    expect(own.body.members.find((m: { isMe: boolean }) => m.isMe).advice).toMatchObject({
      kind: 'principledObjection',
      objectionStatus: 'open',
      recordedBy: expect.stringContaining('steeringMember'),
    });
    expect(own.body.summary).toMatchObject({ blocking: 1, canDecide: false });

    const decided = await staff.post(`${G}/advice-rounds/${roundId}/decision`, { text: 'Akkoord.' });
    expect(decided.status).toBe(422);
    expect(decided.body.error).toMatchObject({
      code: 'GOVERNANCE_PRINCIPLED_OBJECTION_BLOCKS',
      message: expect.stringContaining('principieel bezwaar'),
    });
    expect((await staff.get(`${G}/decisions`)).body).toEqual([]);
  });

  it('a personal objection is recorded with its follow-up and does not block', async () => {
    const res = await staff.put(`${G}/advice-rounds/${roundId}/advice/${body.memberId('Koen Vervangen')}`, {
      kind: 'personalObjection',
      objection: 'Voor onze kleine organisatie is dit moeilijk te organiseren.',
      followUp: 'De coördinator bekijkt met Sociaal Huis Test hoe het toch kan.',
    });
    expect(res.body.summary).toMatchObject({ personalObjection: 1, blocking: 1, missing: 0 });
  });

  it('the objection is withdrawn; then the decision is taken, once', async () => {
    const round = (await staff.get(`${G}/advice-rounds/${roundId}`)).body;
    const adviceId = round.members.find((m: { name: string }) => m.name === 'Pieter Stuur').advice.id;
    const personalId = round.members.find((m: { name: string }) => m.name === 'Koen Vervangen').advice.id;
    const notPrincipled = await staff.post(`${G}/advice-rounds/${roundId}/objections/${personalId}/closing`, {
      outcome: 'withdrawn',
    });
    expect(notPrincipled.body.error.code).toBe('GOVERNANCE_NOT_A_PRINCIPLED_OBJECTION');

    const withdrawn = await steering.post(`${G}/advice-rounds/${roundId}/objections/${adviceId}/closing`, {
      outcome: 'withdrawn',
      note: 'Na de aanpassing (pas vanaf 9 maanden) kan ik leven met het voorstel.',
    });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.summary).toMatchObject({ blocking: 0, canDecide: true });
    const twice = await staff.post(`${G}/advice-rounds/${roundId}/objections/${adviceId}/closing`, {
      outcome: 'resolved',
    });
    expect(twice.status).toBe(409);

    const members = await steering.post(`${G}/advice-rounds/${roundId}/decision`, { text: 'x' });
    expect(members.status).toBe(403);
    const decided = await staff.post(`${G}/advice-rounds/${roundId}/decision`, {
      text: 'Verbindingsmedewerkers verdelen hun werktijd flexibel, vanaf 9 maanden in het team.',
      evaluateOn: '2028-11-22',
      evaluationLabel: 'na twee werkjaren',
    });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({
      status: 'decided',
      decision: { adviceRoundId: roundId, agendaItem: { id: itemId }, evaluationLabel: 'na twee werkjaren' },
    });
    const again = await staff.post(`${G}/advice-rounds/${roundId}/decision`, { text: 'Nog eens.' });
    expect(again.status).toBe(409);
    const late = await staff.put(
      `${G}/advice-rounds/${roundId}/advice/${body.memberId('Greet Voorzitter')}`,
      {
        kind: 'positive',
      },
    );
    expect(late.body.error.code).toBe('GOVERNANCE_ADVICE_ROUND_CLOSED');
  });

  it('shows the round and its outcome in the meeting, and in the minutes once shared', async () => {
    const meeting = (await staff.get(`${G}/meetings/${meetingId}`)).body;
    expect(meeting.adviceRounds).toHaveLength(1);
    expect(meeting.decisions).toHaveLength(1);
    await staff.post(`${G}/meetings/${meetingId}/minutes/share`);
    const docx = await t.app.inject({
      method: 'GET',
      url: `${G}/meetings/${meetingId}/minutes.docx`,
      headers: { cookie: steering.cookie },
    });
    const { docxParagraphs } = await import('../support/docx-text');
    const text = docxParagraphs(docx.rawPayload).join('\n');
    expect(text).toContain('Adviesronde: Werktijd flexibel verdelen na 9 maanden');
    expect(text).toContain('Pieter Stuur: principieel bezwaar');
    expect(text).toContain('(ingetrokken: Na de aanpassing');
    expect(text).toContain('Koen Vervangen (Sociaal Huis Test): persoonlijk bezwaar');
    expect(text).toContain('Beslissing: Verbindingsmedewerkers verdelen hun werktijd flexibel');
  });

  it('runs a round between meetings on a body', async () => {
    const res = await staff.post(`${G}/advice-rounds`, {
      bodyId: body.id,
      title: 'Nieuwe engagementsverklaring',
      proposal: 'Tekst in bijlage.',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ meeting: null, agendaItem: null, openedOn: todayIso() });
    const neither = await staff.post(`${G}/advice-rounds`, { title: 'x', proposal: 'y' });
    expect(neither.status).toBe(400);
  });
});
