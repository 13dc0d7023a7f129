// R22: the figures attached to a steering-group meeting are checked for completeness first and
// frozen; members read them aggregated with small counts suppressed. Engagement declarations:
// who signed the current version, who has not.
import { beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../src/domain/dates';
import { referralBody } from '../support/factories';
import { createSteeringGroup } from '../support/governance-factories';
import { type Session, setupTestApp } from '../support/test-app';

const t = await setupTestApp();
const G = '/api/v1/governance';
let tenant: Awaited<ReturnType<typeof t.createTenant>>;
let staff: Session;
let desk: Session;
let steering: Session;
let meetingId: string;
let started: string;
let undecided: string;

beforeAll(async () => {
  tenant = await t.createTenant();
  staff = await tenant.as('staffOfficer');
  desk = await tenant.as('coordinator');
  steering = await tenant.as('steeringMember');
  const body = await createSteeringGroup(staff, [{ session: steering, name: 'Pieter Stuur' }]);
  meetingId = (await staff.post(`${G}/meetings`, { bodyId: body.id, date: todayIso() })).body.id;
  await staff.post(`${G}/meetings/${meetingId}/invitation`);
  for (const receivedOn of [
    '2026-09-01',
    '2026-09-03',
    '2026-09-10',
    '2026-09-15',
    '2026-09-20',
    '2026-09-22',
  ]) {
    const r = await desk.post('/api/v1/referrals', referralBody({ receivedOn }));
    await desk.post(`/api/v1/referrals/${r.body.id}/decision`, {
      outcome: 'notStarted',
      reason: 'noCapacity',
      decidedOn: receivedOn,
    });
  }
  const a = await desk.post('/api/v1/referrals', referralBody({ receivedOn: '2026-09-05' }));
  await desk.post(`/api/v1/referrals/${a.body.id}/decision`, { outcome: 'started', decidedOn: '2026-09-08' });
  started = a.body.reference;
  const b = await desk.post('/api/v1/referrals', referralBody({ receivedOn: '2026-09-25' }));
  undecided = b.body.reference;
});

describe('figures for the steering group (R22)', () => {
  it('lists the files that still miss data, by reference only', async () => {
    const res = await staff.get(
      `${G}/meetings/${meetingId}/figures/completeness?from=2026-09-01&to=2026-09-30`,
    );
    expect(res.status).toBe(200);
    expect(res.body.incomplete).toEqual([
      { reference: started, receivedOn: '2026-09-05', missing: ['perspectiveConversation'] },
      { reference: undecided, receivedOn: '2026-09-25', missing: ['decision'] },
    ]);
    expect(JSON.stringify(res.body)).not.toContain('Voorbeeld'); // the factory family's name
    expect(
      (await steering.get(`${G}/meetings/${meetingId}/figures/completeness?from=2026-09-01&to=2026-09-30`))
        .status,
    ).toBe(403);
  });

  it('refuses to freeze incomplete figures unless knowingly, with a note', async () => {
    const refused = await staff.post(`${G}/meetings/${meetingId}/figures`, {
      from: '2026-09-01',
      to: '2026-09-30',
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({
      code: 'GOVERNANCE_FIGURES_INCOMPLETE',
      message: expect.stringContaining('2 dossiers'),
    });
    const noNote = await staff.post(`${G}/meetings/${meetingId}/figures`, {
      from: '2026-09-01',
      to: '2026-09-30',
      acceptIncomplete: true,
    });
    expect(noNote.body.error.code).toBe('GOVERNANCE_INCOMPLETE_FIGURES_NOTE_REQUIRED');
  });

  it('freezes complete figures; later changes do not alter the snapshot', async () => {
    await desk.put(`/api/v1/referrals/${(await findReferral(started)).id}/perspective-conversation`, {
      heldOn: '2026-09-20',
    });
    await desk.post(`/api/v1/referrals/${(await findReferral(undecided)).id}/decision`, {
      outcome: 'waitingList',
      decidedOn: '2026-09-26',
    });
    const check = await staff.get(
      `${G}/meetings/${meetingId}/figures/completeness?from=2026-09-01&to=2026-09-30`,
    );
    expect(check.body.incomplete).toEqual([]);
    const frozen = await staff.post(`${G}/meetings/${meetingId}/figures`, {
      from: '2026-09-01',
      to: '2026-09-30',
    });
    expect(frozen.status).toBe(201);
    expect(frozen.body).toMatchObject({
      incompleteCount: 0,
      figures: { received: 8, notStarted: 6, suppressed: false },
    });
    await desk.post('/api/v1/referrals', referralBody({ receivedOn: '2026-09-28' }));
    const meeting = await staff.get(`${G}/meetings/${meetingId}`);
    expect(meeting.body.figures[0].figures.received).toBe(8);
  });

  it('shows a steering member the snapshot with small counts suppressed, never a file', async () => {
    const meeting = await steering.get(`${G}/meetings/${meetingId}`);
    const figures = meeting.body.figures[0].figures;
    expect(figures.suppressed).toBe(true);
    expect(figures.notStartedByReason).toEqual({ noCapacity: 6 });
    expect(figures.receivedByMonth).toEqual({ '2026-09': 8 });
    expect(figures.byRegistrantKind).toEqual({ clb: 8 });
    // One started and one on the waiting list: small, so hidden, although they are totals.
    expect(figures).toMatchObject({ received: 8, started: null, notStarted: 6, waiting: null, open: 0 });
    expect(JSON.stringify(meeting.body)).not.toMatch(/AM-\d{4}-|Voorbeeld|Testkind/);
  });

  it('freezes anyway with a note, and says how many files were incomplete', async () => {
    const res = await staff.post(`${G}/meetings/${meetingId}/figures`, {
      from: '2026-09-01',
      to: '2026-09-30',
      acceptIncomplete: true,
      note: 'Eén aanmelding van 28/09 wordt nog beslist.',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ incompleteCount: 1, note: expect.stringContaining('28/09') });
  });
});

describe('engagement declarations', () => {
  it('keeps versions, who signed the current one, and who has not', async () => {
    const partner = await t.createTenant(); // another collaboration's organisation cannot sign here
    const v1 = await staff.post(`${G}/agreements`, {
      kind: 'engagementDeclaration',
      version: '2024',
      title: 'Engagementsverklaring bij de start',
      validFrom: '2024-01-01',
      commitments: ['Een verbindingsmedewerker voor minstens 50% in het team.'],
    });
    expect(v1.status).toBe(201);
    const v2 = await staff.post(`${G}/agreements`, {
      kind: 'engagementDeclaration',
      version: '2026',
      title: 'Vernieuwde engagementsverklaring',
      validFrom: '2026-01-01',
      commitments: [
        'Leidinggevenden nemen deel aan het lerend netwerk.',
        'Een voltijds gedetacheerde medewerker heeft een coach in de moederorganisatie.',
      ],
    });
    expect(v2.body).toMatchObject({ isCurrent: true, notSigned: [{ id: tenant.clb.id }] });
    const duplicate = await staff.post(`${G}/agreements`, {
      ...v2.body,
      commitments: ['x'],
      version: '2026',
    });
    expect(duplicate.status).toBe(409);

    const stranger = await staff.post(`${G}/agreements/${v2.body.id}/signatures`, {
      organisationId: partner.clb.id,
      signedOn: '2026-02-01',
      signedByName: 'Iemand Anders',
    });
    expect(stranger.body.error.code).toBe('GOVERNANCE_ORGANISATION_UNKNOWN');
    const signed = await staff.post(`${G}/agreements/${v2.body.id}/signatures`, {
      organisationId: tenant.clb.id,
      signedOn: '2026-02-01',
      signedByName: 'Directeur Testpunt',
      signedByRole: 'directeur',
    });
    expect(signed.status).toBe(201);
    expect(signed.body).toMatchObject({
      notSigned: [],
      signatures: [{ signedByName: 'Directeur Testpunt' }],
    });
    const twice = await staff.post(`${G}/agreements/${v2.body.id}/signatures`, {
      organisationId: tenant.clb.id,
      signedOn: '2026-02-02',
      signedByName: 'Directeur Testpunt',
    });
    expect(twice.status).toBe(409);

    const list = await steering.get(`${G}/agreements`);
    expect(list.body.map((a: { version: string; isCurrent: boolean }) => [a.version, a.isCurrent])).toEqual([
      ['2026', true],
      ['2024', false],
    ]);
    expect(list.body[1].notSigned).toEqual([{ id: tenant.clb.id, name: expect.any(String) }]);
    expect((await steering.post(`${G}/agreements`, v2.body)).status).toBe(403);
  });
});

async function findReferral(reference: string) {
  const list = await desk.get('/api/v1/referrals?from=2026-09-01&to=2026-09-30');
  return list.body.find((r: { reference: string }) => r.reference === reference);
}
