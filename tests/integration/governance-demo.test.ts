// The demo collaboration's governance, as the demo steering member and staff officer see it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { firstRun } from '../../src/server/setup/first-run';
import { docxParagraphs } from '../support/docx-text';
import { createTestDatabase } from '../support/test-database';

const G = '/api/v1/governance';
const database = await createTestDatabase();
const app = await buildApp({ database, databaseKind: 'external' });
afterAll(async () => {
  await app.close();
  await database.drop();
});

async function login(email: string) {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password: 'eenplan-demo' },
  });
  const cookie = String(res.headers['set-cookie']).split(';')[0] as string;
  // biome-ignore lint/suspicious/noExplicitAny: loosely typed JSON in tests
  return async (url: string): Promise<any> => {
    const r = await app.inject({ method: 'GET', url, headers: { cookie } });
    return url.endsWith('.docx') ? r.rawPayload : r.json();
  };
}

beforeAll(async () => {
  await firstRun(database.db, { adminEmail: null, adminPassword: null });
}, 120_000);

describe('the demo steering group', () => {
  it('the demo steering member belongs to the steering group and sees its past and next meetings', async () => {
    const get = await login('steering@demo.eenplan.be');
    const bodies = await get(`${G}/bodies`);
    expect(bodies.map((b: { name: string }) => b.name)).toEqual(['Stuurgroep']);
    const meetings = await get(`${G}/meetings`);
    expect(meetings.map((m: { phase: string }) => m.phase)).toEqual([
      'invited',
      'minutesShared',
      'minutesShared',
    ]);
    const last = await get(`${G}/meetings/${meetings[1].id}`);
    const statuses = last.minutes.attendance.map((a: { status: string }) => a.status);
    expect(statuses).toEqual(expect.arrayContaining(['present', 'excused', 'represented']));
    expect(
      last.adviceRounds[0].members.some(
        (m: { advice: { objectionStatus: string } | null }) => m.advice?.objectionStatus === 'withdrawn',
      ),
    ).toBe(true);
    expect(last.figures).toHaveLength(1);
    expect(last.figures[0].figures.suppressed).toBe(true);
    const next = await get(`${G}/meetings/${meetings[0].id}`);
    expect(next.adviceRounds[0]).toMatchObject({ status: 'open' });
    expect(next.adviceRounds[0].members.find((m: { isMe: boolean }) => m.isMe)).toMatchObject({
      advice: null,
    });
    const text = docxParagraphs(await get(`${G}/meetings/${meetings[1].id}/minutes.docx`)).join('\n');
    expect(text).toContain('tvv');
    expect(text).toContain('Beslissing:');
  });

  it('has open and overdue to-dos and a decision whose evaluation comes up', async () => {
    const get = await login('staff@demo.eenplan.be');
    const todos = await get(`${G}/todos`);
    expect(todos.summary.overdue).toBeGreaterThan(0);
    expect(todos.summary.open).toBeGreaterThan(todos.summary.overdue);
    expect(todos.summary.done).toBeGreaterThan(0);
    expect((await get(`${G}/decisions?evaluation=dueOrUpcoming`)).length).toBeGreaterThan(0);
    const agreements = await get(`${G}/agreements`);
    expect(agreements[0]).toMatchObject({ version: '2026', isCurrent: true });
    expect(agreements[0].notSigned.length).toBeGreaterThan(0);
    expect((await get(`${G}/bodies`)).length).toBe(4);
  });
});
