// What a liaison worker sees across their families ("my week", "my families") and what the
// coordinator sees across the team: the waiting list (R18), caseloads, R26 first steps.
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths, todayIso } from '../../src/domain/dates';
import { referralBody } from '../support/factories';
import { assign, planBody, startedFamily } from '../support/journey';
import { type Session, setupTestApp } from '../support/test-app';

const t = await setupTestApp();
const today = todayIso();
let tenant: Awaited<ReturnType<typeof t.createTenant>>;
let desk: Session;
let worker: Session;
let colleague: Session;

const named = (familyName: string, receivedOn: string) =>
  referralBody({
    receivedOn,
    family: {
      municipalityNis: '46021',
      members: [{ role: 'child', givenName: 'Kind', familyName, birthDate: '2016-02-02' }],
    },
  });

beforeAll(async () => {
  tenant = await t.createTenant();
  desk = await tenant.as('coordinator');
  worker = await tenant.as('liaisonWorker');
  colleague = await tenant.as('liaisonWorker');
});

describe('my week and my families', () => {
  let newFamily: string;
  let bridgingFamily: string;
  let shortFamily: string;

  beforeAll(async () => {
    // Just started, 40 days ago: neither the perspective conversation nor a plan yet (R26).
    newFamily = (await startedFamily(desk, named('Nieuwgezin', addDays(today, -40)))).familyId;
    // Bridging for 40 days without a contact (R2), with a plan action due in three days.
    bridgingFamily = (await startedFamily(desk, named('Wachtgezin', addDays(today, -50)))).familyId;
    // Short help started 3 months and 20 days ago: the 4-month end is near (R1).
    shortFamily = (await startedFamily(desk, named('Kortgezin', addMonths(today, -4)))).familyId;
    for (const id of [newFamily, bridgingFamily, shortFamily]) await assign(desk, id, worker);
    const other = (await startedFamily(desk, named('Anderegezin', addDays(today, -40)))).familyId;
    await assign(desk, other, colleague);

    await worker.post(`/api/v1/families/${bridgingFamily}/trajectories`, {
      kind: 'bridging',
      fundingLine: 'regular',
      startedOn: addDays(today, -40),
      bridging: {
        waitingFor: 'Thuisbegeleiding',
        waitingListOf: 'CKG Voorbeeld',
        waitingSince: addDays(today, -45),
      },
    });
    const plan = planBody();
    plan.content.actions = [{ ...plan.content.actions[0], dueOn: addDays(today, 3) } as never];
    await worker.put(`/api/v1/families/${bridgingFamily}/plan`, plan);
    await worker.post(`/api/v1/families/${shortFamily}/trajectories`, {
      kind: 'shortTerm',
      fundingLine: 'regular',
      startedOn: addDays(addMonths(today, -3), -20),
    });
  });

  it('lists what is overdue, due this week and warned, most urgent first — only my families', async () => {
    const week = await worker.get('/api/v1/worklist/week');
    expect(week.status).toBe(200);
    const items = week.body.items.map((i: { kind: string; familyLabel: string; state: string }) => [
      i.familyLabel,
      i.kind,
      i.state,
    ]);
    expect(items).toEqual(
      expect.arrayContaining([
        ['Nieuwgezin', 'firstConversation', 'overdue'],
        ['Nieuwgezin', 'firstPlan', 'overdue'],
        ['Wachtgezin', 'bridgingContact', 'overdue'],
        ['Wachtgezin', 'planAction', 'thisWeek'],
        ['Kortgezin', 'shortTermEnd', 'later'],
      ]),
    );
    expect(items.some(([label]: string[]) => label === 'Anderegezin')).toBe(false);
    const states = week.body.items.map((i: { state: string }) => i.state);
    expect(states.indexOf('thisWeek')).toBeGreaterThan(states.lastIndexOf('overdue'));
    expect(week.body.items.find((i: { kind: string }) => i.kind === 'planAction').subject).toBe(
      'Afspraak maken met het CLB',
    );
  });

  it('a contact clears the bridging item; the coordinator sees every deadline, a worker may not', async () => {
    await worker.post(`/api/v1/families/${bridgingFamily}/contacts`, {
      kind: 'homeVisit',
      occurredOn: today,
      durationMinutes: 45,
    });
    const week = await worker.get('/api/v1/worklist/week');
    expect(week.body.items.some((i: { kind: string }) => i.kind === 'bridgingContact')).toBe(false);
    const all = await desk.get('/api/v1/worklist/week?scope=all');
    expect(all.body.items.map((i: { familyLabel: string }) => i.familyLabel)).toEqual(
      expect.arrayContaining(['Anderegezin', 'Nieuwgezin']),
    );
    expect((await worker.get('/api/v1/worklist/week?scope=all')).status).toBe(403);
  });

  it('"my families" shows each family with its trajectories, plan, last contact and what is due', async () => {
    const mine = await worker.get('/api/v1/worklist/families');
    expect(mine.body.map((f: { label: string }) => f.label).sort()).toEqual([
      'Kortgezin',
      'Nieuwgezin',
      'Wachtgezin',
    ]);
    const waiting = mine.body.find((f: { label: string }) => f.label === 'Wachtgezin');
    expect(waiting).toMatchObject({
      hasPlan: true,
      lastContactOn: today,
      openTrajectories: [expect.objectContaining({ kind: 'bridging' })],
      workers: [expect.objectContaining({ id: worker.user.id })],
    });
    expect(mine.body[0].overdue).toBeGreaterThanOrEqual(mine.body.at(-1).overdue);
  });
});

describe('the waiting list (R18)', () => {
  it('shows every waiting family, what for, since when, its place per line, bridging, and the figures', async () => {
    const other = await t.createTenant();
    const coordinator = await other.as('coordinator');
    const liaison = await other.as('liaisonWorker');
    const wait = async (name: string, receivedOn: string, fundingLine = 'regular') => {
      const r = await coordinator.post('/api/v1/referrals', { ...named(name, receivedOn), fundingLine });
      await coordinator.post(`/api/v1/referrals/${r.body.id}/decision`, {
        outcome: 'waitingList',
        decidedOn: receivedOn,
      });
      return r.body.familyId as string;
    };
    const first = await wait('Eerstewacht', addDays(today, -30));
    await wait('Tweedewacht', addDays(today, -10));
    await wait('Crisiswacht', addDays(today, -20), 'crisisFollowUp');
    // The first one gets bridging help meanwhile, waiting for a CGG as well.
    await assign(coordinator, first, liaison);
    await liaison.post(`/api/v1/families/${first}/trajectories`, {
      kind: 'bridging',
      fundingLine: 'regular',
      bridging: {
        waitingFor: 'Kinderpsychiatrie',
        waitingListOf: 'CGG Voorbeeld',
        waitingSince: addDays(today, -25),
      },
    });

    const list = await coordinator.get('/api/v1/worklist/waiting-list');
    expect(list.status).toBe(200);
    const rows = list.body.entries.map((e: Record<string, unknown>) => [
      e.familyLabel,
      e.kind,
      e.waitsFor,
      e.position,
      e.waitingDays,
      e.hasBridging,
    ]);
    expect(rows).toEqual([
      ['Eerstewacht', 'team', '1G1P regulier', 1, 30, true],
      ['Tweedewacht', 'team', '1G1P regulier', 2, 10, false],
      ['Crisiswacht', 'team', 'Vervolghulp na crisis', 1, 20, false],
      ['Eerstewacht', 'followUpCare', 'Kinderpsychiatrie', 1, 25, true],
    ]);
    expect(list.body.figures).toEqual(
      expect.arrayContaining([
        {
          kind: 'team',
          queue: '1G1P regulier',
          waiting: 2,
          medianDays: 20,
          p90Days: 28,
          longestDays: 30,
          leftInWindow: 0,
          expectedDays: null,
        },
        {
          kind: 'followUpCare',
          queue: 'CGG Voorbeeld',
          waiting: 1,
          medianDays: 25,
          p90Days: 25,
          longestDays: 25,
          leftInWindow: 0,
          expectedDays: null,
        },
      ]),
    );

    // The team starts its help with the first family: it leaves the team's list.
    await liaison.post(`/api/v1/families/${first}/trajectories`, {
      kind: 'shortTerm',
      fundingLine: 'regular',
    });
    const after = await coordinator.get('/api/v1/worklist/waiting-list');
    expect(
      after.body.entries
        .filter((e: { kind: string }) => e.kind === 'team')
        .map((e: { familyLabel: string; position: number }) => [e.familyLabel, e.position]),
    ).toEqual([
      ['Tweedewacht', 1],
      ['Crisiswacht', 1],
    ]);
    expect((await liaison.get('/api/v1/worklist/waiting-list')).status).toBe(403);
  });
});

describe('the coordinator’s view of the team', () => {
  it('shows caseload per worker, started families nobody is assigned to, and R26 first steps', async () => {
    const other = await t.createTenant();
    const coordinator = await other.as('coordinator');
    const liaison = await other.as('liaisonWorker');
    const coach = await other.as('coach');
    const assigned = await startedFamily(coordinator, named('Toegewezen', addDays(today, -20)));
    await coordinator.put(`/api/v1/referrals/${assigned.referralId}/perspective-conversation`, {
      heldOn: addDays(today, -12),
    });
    await assign(coordinator, assigned.familyId, liaison);
    await liaison.put(`/api/v1/families/${assigned.familyId}/plan`, planBody());
    await liaison.post(`/api/v1/families/${assigned.familyId}/trajectories`, {
      kind: 'shortTerm',
      fundingLine: 'regular',
    });
    await startedFamily(coordinator, named('Niemand', addDays(today, -3)));

    const res = await coordinator.get('/api/v1/worklist/caseload');
    expect(res.status).toBe(200);
    const byName = (id: string) =>
      res.body.workers.find((w: { person: { id: string } }) => w.person.id === id);
    expect(byName(liaison.user.id)).toMatchObject({
      families: 1,
      openTrajectories: { shortTerm: 1, bridging: 0 },
    });
    expect(byName(coach.user.id)).toMatchObject({ families: 0, overdue: 0 });
    expect(res.body.unassigned.map((u: { familyLabel: string }) => u.familyLabel)).toEqual(['Niemand']);
    expect(res.body.firstSteps).toMatchObject({
      referrals: 2,
      conversation: { measured: 1, medianDays: 8, withinMonth: 1, pending: 1 },
      plan: { measured: 1, medianDays: 20, withinMonth: 1, pending: 1 },
    });
    expect((await liaison.get('/api/v1/worklist/caseload')).status).toBe(403);
  });
});
