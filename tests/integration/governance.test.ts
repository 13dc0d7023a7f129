// R15 on real PostgreSQL: bodies and members, a meeting planned with what the previous one did
// not reach, attendance with "excused" and "tvv", the previous minutes approved, decisions and
// to-dos, the minutes shared and exported as .docx (read back) and PDF, and the invitation.
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayIso } from '../../src/domain/dates';
import { docxParagraphs } from '../support/docx-text';
import { createSteeringGroup, memberBody } from '../support/governance-factories';
import { type Session, setupTestApp } from '../support/test-app';

const t = await setupTestApp();
const G = '/api/v1/governance';
const today = todayIso();
const lastMonth = addDays(today, -30);

let staff: Session;
let steering: Session;
let outsider: Session;
let body: Awaited<ReturnType<typeof createSteeringGroup>>;
let previousId: string;
let meetingId: string;

beforeAll(async () => {
  const tenant = await t.createTenant();
  staff = await tenant.as('staffOfficer');
  steering = await tenant.as('steeringMember');
  outsider = await tenant.as('steeringMember');
  body = await createSteeringGroup(staff, [{ session: steering, name: 'Pieter Stuur' }]);
});

describe('bodies and members', () => {
  it('keeps a body with its members, their organisation, role, from–to and deputy', async () => {
    const res = await staff.post(`${G}/bodies/${body.id}/members`, {
      ...memberBody({ name: 'Lies Deeltijds', organisationName: 'CGG Test' }),
      deputyName: 'Bram Plaatsvervanger',
      to: addDays(today, -1),
    });
    expect(res.status).toBe(201);
    const lies = res.body.members.find((m: { name: string }) => m.name === 'Lies Deeltijds');
    expect(lies).toMatchObject({
      organisation: { id: null, name: 'CGG Test' },
      deputy: { name: 'Bram Plaatsvervanger', userId: null },
      isCurrent: false,
    });
    expect(res.body).toMatchObject({
      kind: 'steeringGroup',
      memberCount: 4,
      lead: { name: 'Greet Voorzitter', role: 'chair' },
    });
  });

  it('refuses a membership that ends before it starts, and an account of no one here', async () => {
    const ends = await staff.post(
      `${G}/bodies/${body.id}/members`,
      memberBody({ from: '2026-01-01', to: '2025-12-31' }),
    );
    expect(ends.status).toBe(422);
    expect(ends.body.error).toMatchObject({ code: 'GOVERNANCE_MEMBERSHIP_ENDS_BEFORE_START' });
    const stranger = await staff.post(
      `${G}/bodies/${body.id}/members`,
      memberBody({ userId: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(stranger.body.error.code).toBe('GOVERNANCE_PERSON_UNKNOWN');
  });

  it('links a working group lead and lists the accounts a member can be linked to', async () => {
    const group = await staff.post(`${G}/bodies`, { kind: 'workingGroup', name: 'Werkgroep engagement' });
    const lead = await staff.post(
      `${G}/bodies/${group.body.id}/members`,
      memberBody({ name: 'Trees Trekker', role: 'lead' }),
    );
    expect(lead.body.lead).toEqual({ name: 'Trees Trekker', role: 'lead' });
    const people = await staff.get(`${G}/people`);
    expect(people.body.map((p: { userId: string }) => p.userId)).toContain(steering.user.id);
    expect(JSON.stringify(people.body)).not.toContain('@'); // no e-mail addresses
  });
});

describe('a meeting, from planning to minutes', () => {
  it('plans the previous meeting; one item was not reached', async () => {
    const res = await staff.post(`${G}/meetings`, {
      bodyId: body.id,
      date: lastMonth,
      startTime: '14:00',
      endTime: '16:30',
      location: 'Vergaderzaal De Linde',
      agenda: [
        { title: 'Coördinatievacature', presenter: 'Kernpartner', durationMinutes: 30 },
        { title: 'Opvolging stuurgroep', durationMinutes: 20 },
      ],
    });
    expect(res.status).toBe(201);
    previousId = res.body.id;
    expect(res.body.agenda.map((i: { number: number; startsAt: string }) => [i.number, i.startsAt])).toEqual([
      [1, '14:00'],
      [2, '14:30'],
    ]);
    const [vacancy, followUp] = res.body.agenda;
    await staff.put(`${G}/meetings/${previousId}/agenda-items/${followUp.id}`, { outcome: 'notReached' });
    const todo = await staff.post(`${G}/todos`, {
      meetingId: previousId,
      agendaItemId: vacancy.id,
      text: 'Sollicitanten inlichten over de tewerkstellingsbreuk',
      ownerName: 'Kernpartner',
      dueOn: addDays(lastMonth, 7),
    });
    expect(todo.status).toBe(201);
    expect(todo.body.state).toBe('overdue');
    const early = await staff.post(`${G}/todos`, {
      meetingId: previousId,
      text: 'Te vroeg',
      ownerName: 'X',
      dueOn: addDays(lastMonth, -1),
    });
    expect(early.body.error.code).toBe('GOVERNANCE_TODO_DUE_BEFORE_CREATED');
  });

  it('plans the next meeting: the item not reached comes first, the open to-do is followed up', async () => {
    const res = await staff.post(`${G}/meetings`, {
      bodyId: body.id,
      date: today,
      startTime: '14:00',
      location: 'Vergaderzaal De Linde',
      agenda: [{ title: 'Actielijn gezinszorg', presenter: 'Coördinator', durationMinutes: 30 }],
    });
    expect(res.status).toBe(201);
    meetingId = res.body.id;
    expect(res.body.previousMeeting).toEqual({ id: previousId, date: lastMonth });
    expect(res.body.agenda.map((i: { number: number; title: string }) => `${i.number}. ${i.title}`)).toEqual([
      '2. Opvolging stuurgroep',
      '3. Actielijn gezinszorg',
    ]);
    expect(res.body.agenda[0].carriedFrom).toEqual({ id: previousId, date: lastMonth });
    expect(res.body.followUpTodos.map((todo: { text: string }) => todo.text)).toEqual([
      'Sollicitanten inlichten over de tewerkstellingsbreuk',
    ]);
    // planned once more, nothing is carried twice
    const again = await staff.post(`${G}/meetings`, { bodyId: body.id, date: addDays(today, 60) });
    expect(again.body.agenda).toEqual([]);
  });

  it('is a draft for the members until the invitation is sent, with an iCalendar file', async () => {
    expect((await steering.get(`${G}/meetings/${meetingId}`)).status).toBe(404);
    const sent = await staff.post(`${G}/meetings/${meetingId}/invitation`);
    expect(sent.body.invitedAt).not.toBeNull();
    const seen = await steering.get(`${G}/meetings/${meetingId}`);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ canManage: false, minutes: null, decisions: [], todos: [] });
    const ics = await steering.get(`${G}/meetings/${meetingId}/invitation.ics`);
    expect(ics.status).toBe(200);
    expect(ics.headers['content-type']).toContain('text/calendar');
    expect(ics.text).toContain('BEGIN:VCALENDAR');
    expect(ics.text).toContain(`UID:${meetingId}@eenplan`);
    expect(ics.text).toContain('SUMMARY:Stuurgroep Testregio');
    expect(ics.text).toMatch(/DTSTART:\d{8}T1[23]0000Z/); // 14:00 in Brussels, as UTC
    expect(ics.text.replace(/\r\n[ \t]/g, '')).toContain('3. Actielijn gezinszorg'); // lines unfolded
  });

  it('records attendance: present, excused, and represented by someone (tvv)', async () => {
    const bad = await staff.put(`${G}/meetings/${meetingId}/attendance`, {
      entries: [{ memberId: body.memberId('Koen Vervangen'), status: 'represented' }],
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.details[0]).toMatchObject({
      field: 'entries.0.representedByName',
      code: 'GOVERNANCE_ATTENDANCE_REPRESENTATIVE_REQUIRED',
    });
    const res = await staff.put(`${G}/meetings/${meetingId}/attendance`, {
      entries: [
        { memberId: body.memberId('Greet Voorzitter'), status: 'present' },
        { memberId: body.memberId('Pieter Stuur'), status: 'present' },
        { memberId: body.memberId('Ann Afwezig'), status: 'excused' },
        {
          memberId: body.memberId('Koen Vervangen'),
          status: 'represented',
          representedByName: 'Lotte Invaller',
        },
        { name: 'Gastspreker Wiegje', organisationName: 'Project Wiegje', status: 'present' },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.minutes.attendance).toHaveLength(5);
    expect(res.body.minutes.attendance[3]).toMatchObject({
      name: 'Koen Vervangen',
      organisationName: 'Sociaal Huis Test',
      status: 'represented',
      representedByName: 'Lotte Invaller',
    });
  });

  it('approves the previous minutes, with the corrections spelled out', async () => {
    const missing = await staff.put(`${G}/meetings/${meetingId}/previous-minutes`, {
      approval: 'approvedWithCorrections',
    });
    expect(missing.body.error.code).toBe('GOVERNANCE_CORRECTIONS_REQUIRED');
    const res = await staff.put(`${G}/meetings/${meetingId}/previous-minutes`, {
      approval: 'approvedWithCorrections',
      corrections: 'De titel wordt "verslag stuurgroep/werkgeversoverleg".',
      followUpNotes: 'Een aantal topics komen opnieuw aan bod.',
    });
    expect(res.body.minutes.previousMinutes).toMatchObject({ approval: 'approvedWithCorrections' });
    const first = await staff.put(`${G}/meetings/${previousId}/previous-minutes`, { approval: 'approved' });
    expect(first.body.error.code).toBe('GOVERNANCE_NO_PREVIOUS_MEETING');
  });

  it('minutes each item: notes, reactions, a decision evaluated after two working years, to-dos', async () => {
    const meeting = (await staff.get(`${G}/meetings/${meetingId}`)).body;
    const [carried, familyCare] = meeting.agenda;
    await staff.put(`${G}/meetings/${meetingId}/agenda-items/${carried.id}`, { outcome: 'notReached' });
    const minuted = await staff.put(`${G}/meetings/${meetingId}/agenda-items/${familyCare.id}`, {
      outcome: 'discussed',
      notes: 'De lijn gezinszorg wordt door Vlaanderen getrokken.',
      reactions: ['Stopt gezinszorg na 12 weken?', 'Wat wordt er van de doorverwijzer verwacht?'],
    });
    expect(minuted.body.agenda[1]).toMatchObject({ outcome: 'discussed', reactions: expect.any(Array) });
    const decision = await staff.post(`${G}/decisions`, {
      meetingId,
      agendaItemId: familyCare.id,
      text: 'Iemand uit het verbindingsteam wordt vrijgesteld als aanspreekpunt.',
      evaluateOn: addDays(today, 730),
      evaluationLabel: 'na twee werkjaren',
    });
    expect(decision.status).toBe(201);
    expect(decision.body).toMatchObject({
      decidedOn: today,
      evaluationState: 'later',
      body: { name: 'Stuurgroep Testregio' },
    });
    const early = await staff.post(`${G}/decisions`, { meetingId, text: 'X', evaluateOn: today });
    expect(early.body.error.code).toBe('GOVERNANCE_EVALUATION_BEFORE_DECISION');
    const todo = await staff.post(`${G}/todos`, {
      meetingId,
      agendaItemId: familyCare.id,
      text: 'Verhouding maken van de middelen competentieversterking',
      ownerName: 'Coördinator',
      dueOn: addDays(today, 30),
    });
    expect(todo.body).toMatchObject({
      state: 'open',
      meeting: { id: meetingId },
      agendaItem: { id: familyCare.id },
    });
  });

  it('carries an item not reached onto the next meeting that is already planned', async () => {
    const next = (await staff.get(`${G}/meetings?bodyId=${body.id}&when=upcoming`)).body.find(
      (m: { date: string }) => m.date > today,
    );
    const detail = await staff.get(`${G}/meetings/${next.id}`);
    expect(detail.body.agenda[0]).toMatchObject({
      title: 'Opvolging stuurgroep',
      carriedFrom: { date: today },
    });
  });

  it('keeps the minutes from the members until they are shared', async () => {
    expect((await steering.get(`${G}/meetings/${meetingId}/minutes.docx`)).status).toBe(404);
    expect((await steering.get(`${G}/decisions`)).body).toEqual([]);
    const shared = await staff.post(`${G}/meetings/${meetingId}/minutes/share`);
    expect(shared.body.phase).toBe('minutesShared');
    const seen = await steering.get(`${G}/meetings/${meetingId}`);
    expect(seen.body.minutes.attendance).toHaveLength(5);
    expect(seen.body.decisions).toHaveLength(1);
    expect((await steering.get(`${G}/decisions`)).body).toHaveLength(1);
    const future = (await staff.get(`${G}/meetings?when=upcoming`)).body.find(
      (m: { date: string }) => m.date > today,
    );
    expect((await staff.post(`${G}/meetings/${future.id}/minutes/share`)).body.error.code).toBe(
      'GOVERNANCE_MEETING_NOT_HELD_YET',
    );
  });

  it('exports the minutes as .docx in the familiar layout, read back from the file', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `${G}/meetings/${meetingId}/minutes.docx`,
      headers: { cookie: steering.cookie, 'accept-language': 'nl-BE' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(res.headers['content-disposition']).toContain('.docx');
    const text = docxParagraphs(res.rawPayload);
    const joined = text.join('\n');
    expect(text[0]).toBe('Verslag Stuurgroep Testregio');
    expect(text.find((p) => p.startsWith('Aanwezig: '))).toBe(
      'Aanwezig: Greet Voorzitter (Testpartner Kern, voorzitter), Pieter Stuur, Lotte Invaller tvv Koen Vervangen (Sociaal Huis Test), Gastspreker Wiegje (Project Wiegje)',
    );
    expect(text.find((p) => p.startsWith('Verontschuldigd: '))).toBe(
      'Verontschuldigd: Ann Afwezig (CAW Testregio)',
    );
    const [y, m, d] = lastMonth.split('-');
    expect(joined).toContain(
      `1. Goedkeuring en opvolging vorig verslag (Stuurgroep Testregio ${d}/${m}/${y})`,
    );
    expect(joined).toContain('Goedgekeurd mits volgende aanpassingen:');
    expect(joined).toContain('Opvolging TO DO:');
    expect(joined).toMatch(
      /Sollicitanten inlichten over de tewerkstellingsbreuk \(Kernpartner, tegen [\d/]+\): nog open/,
    );
    expect(joined).toContain(`2. Opvolging stuurgroep (uitgesteld van ${d}/${m}/${y})`);
    expect(joined).toContain('Dit agendapunt werd wegens tijdsgebrek niet besproken.');
    expect(joined).toContain('3. Actielijn gezinszorg – Coördinator');
    expect(joined).toContain('Reactie SG:');
    expect(joined).toContain('Stopt gezinszorg na 12 weken?');
    expect(joined).toMatch(
      /Beslissing: Iemand uit het verbindingsteam wordt vrijgesteld als aanspreekpunt\. We evalueren deze beslissing na twee werkjaren \([\d/]+\)\./,
    );
    expect(joined).toContain('TO DO:');
    expect(joined).toMatch(
      /Verhouding maken van de middelen competentieversterking \(Coördinator, tegen [\d/]+\)/,
    );
  });

  it('exports the same minutes as PDF, and in English on request', async () => {
    const pdf = await steering.get(`${G}/meetings/${meetingId}/minutes.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.text.startsWith('%PDF-')).toBe(true);
    const en = await t.app.inject({
      method: 'GET',
      url: `${G}/meetings/${meetingId}/minutes.docx`,
      headers: { cookie: staff.cookie, 'accept-language': 'en' },
    });
    const text = docxParagraphs(en.rawPayload).join('\n');
    expect(text).toContain('Lotte Invaller on behalf of Koen Vervangen');
    expect(text).toContain('Decision:');
  });

  it('moves and removes agenda items; an item with outcomes stays', async () => {
    const future = (await staff.get(`${G}/meetings?when=upcoming`)).body.find(
      (m: { date: string }) => m.date > today,
    );
    const added = await staff.post(`${G}/meetings/${future.id}/agenda-items`, { title: 'Varia' });
    expect(added.status).toBe(201);
    const varia = added.body.agenda.at(-1);
    const moved = await staff.put(`${G}/meetings/${future.id}/agenda-items/${varia.id}`, { position: 0 });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body.agenda[0].title).toBe('Varia');
    const removed = await t.request('DELETE', `${G}/meetings/${future.id}/agenda-items/${varia.id}`, {
      cookie: staff.cookie,
      csrf: staff.csrf,
    });
    expect(removed.status).toBe(200);
    expect(removed.body.agenda.map((i: { title: string }) => i.title)).not.toContain('Varia');
    const meeting = (await staff.get(`${G}/meetings/${meetingId}`)).body;
    const inUse = await t.request(
      'DELETE',
      `${G}/meetings/${meetingId}/agenda-items/${meeting.agenda[1].id}`,
      {
        cookie: staff.cookie,
        csrf: staff.csrf,
      },
    );
    expect(inUse.status).toBe(409);
    expect(inUse.body.error.code).toBe('GOVERNANCE_AGENDA_ITEM_IN_USE');
  });

  it('reschedules a meeting; the calendar file gets a higher sequence', async () => {
    const future = (await staff.get(`${G}/meetings?when=upcoming`)).body.find(
      (m: { date: string }) => m.date > today,
    );
    const allDay = await staff.get(`${G}/meetings/${future.id}/invitation.ics`);
    expect(allDay.text).toMatch(/DTSTART;VALUE=DATE:\d{8}/); // no time yet: an all-day event
    const res = await staff.put(`${G}/meetings/${future.id}`, {
      date: future.date,
      startTime: '09:30',
      endTime: '09:00',
    });
    expect(res.body.error.code).toBe('GOVERNANCE_MEETING_ENDS_BEFORE_START');
    const moved = await staff.put(`${G}/meetings/${future.id}`, {
      date: future.date,
      startTime: '09:30',
      endTime: '11:00',
    });
    expect(moved.body.startTime).toBe('09:30');
    const ics = await staff.get(`${G}/meetings/${future.id}/invitation.ics`);
    expect(ics.text).toContain('SEQUENCE:1');
  });
});

describe('files of a meeting', () => {
  it('attaches a file to an item and hands it to the members who may see the meeting', async () => {
    const meeting = (await staff.get(`${G}/meetings/${meetingId}`)).body;
    const item = meeting.agenda[1];
    const content = 'Voorstel: één aanspreekpunt gezinszorg.';
    const res = await staff.post(`${G}/meetings/${meetingId}/agenda-items/${item.id}/attachments`, {
      fileName: 'voorstel "gezinszorg".txt',
      contentType: 'text/plain',
      dataBase64: Buffer.from(content).toString('base64'),
    });
    expect(res.status).toBe(201);
    const attachment = res.body.agenda[1].attachments[0];
    expect(attachment).toMatchObject({
      fileName: 'voorstel _gezinszorg_.txt',
      sizeBytes: Buffer.byteLength(content),
    });
    const download = await steering.get(`${G}/documents/${attachment.id}`);
    expect(download.status).toBe(200);
    expect(download.text).toBe(content);
    expect(download.headers['content-disposition']).toContain('attachment;');
    expect((await outsider.get(`${G}/documents/${attachment.id}`)).status).toBe(404);
    const broken = await staff.post(`${G}/meetings/${meetingId}/agenda-items/${item.id}/attachments`, {
      fileName: 'kapot.bin',
      dataBase64: '@@@',
    });
    expect(broken.body.error.code).toBe('GOVERNANCE_ATTACHMENT_UNREADABLE');
  });
});

describe('the to-do list and the decision register', () => {
  it('follows to-dos across meetings: open, overdue, done, by owner and by body', async () => {
    const list = await staff.get(`${G}/todos`);
    expect(list.body.summary).toMatchObject({ open: 2, overdue: 1, done: 0 });
    expect(list.body.summary.byOwner[0]).toEqual({ owner: 'Kernpartner', open: 1, overdue: 1 });
    const overdue = await staff.get(`${G}/todos?status=overdue`);
    expect(overdue.body.items.map((i: { ownerName: string }) => i.ownerName)).toEqual(['Kernpartner']);
    const done = await staff.put(`${G}/todos/${overdue.body.items[0].id}`, {
      status: 'done',
      doneNote: 'Gebeld.',
    });
    expect(done.body).toMatchObject({ status: 'done', state: 'done', doneOn: today });
    const future = await staff.put(`${G}/todos/${overdue.body.items[0].id}`, { doneOn: addDays(today, 1) });
    expect(future.body.error.code).toBe('GOVERNANCE_TODO_DONE_IN_FUTURE');
    const byOwner = await staff.get(
      `${G}/todos?owner=${encodeURIComponent('Coördinator')}&bodyId=${body.id}`,
    );
    expect(byOwner.body.items).toHaveLength(1);
    expect((await staff.get(`${G}/todos?status=done`)).body.items).toHaveLength(1);
  });

  it('lists decisions with evaluations coming up, and records an evaluation', async () => {
    const decision = await staff.post(`${G}/decisions`, {
      bodyId: body.id,
      text: 'Proeftuin bijschakeltrajecten',
      decidedOn: addDays(today, -300),
      evaluateOn: addDays(today, 20),
      evaluationLabel: 'na één jaar',
    });
    expect(decision.body.evaluationState).toBe('upcoming');
    const upcoming = await staff.get(`${G}/decisions?evaluation=dueOrUpcoming`);
    expect(upcoming.body.map((d: { text: string }) => d.text)).toEqual(['Proeftuin bijschakeltrajecten']);
    const evaluated = await staff.put(`${G}/decisions/${decision.body.id}`, {
      evaluatedOn: today,
      evaluationNote: 'Verlengd met een jaar.',
    });
    expect(evaluated.body.evaluationState).toBe('evaluated');
    expect((await staff.get(`${G}/decisions?evaluation=dueOrUpcoming`)).body).toEqual([]);
    expect((await staff.get(`${G}/decisions?bodyId=${body.id}`)).body).toHaveLength(2);
  });

  it('shows members the to-dos and decisions of their bodies; others see none', async () => {
    expect((await steering.get(`${G}/todos`)).body.items.length).toBeGreaterThan(0);
    expect((await steering.get(`${G}/decisions`)).body).toHaveLength(2);
    expect((await outsider.get(`${G}/todos`)).body.items).toEqual([]);
    expect((await outsider.get(`${G}/decisions`)).body).toEqual([]);
    expect((await outsider.get(`${G}/bodies`)).body).toEqual([]);
    expect((await outsider.get(`${G}/meetings`)).body).toEqual([]);
    const mine = (await steering.get(`${G}/bodies`)).body;
    expect(mine.map((b: { name: string; isMember: boolean }) => [b.name, b.isMember])).toEqual([
      ['Stuurgroep Testregio', true],
    ]);
  });
});
