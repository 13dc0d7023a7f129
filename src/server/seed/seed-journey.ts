// The family's journey in the demo collaboration: families at every stage — just started, with a
// plan, ending soon, past 4 months awaiting the coach, bridging while waiting, in hand-over,
// moving out, closed with the family's rating — assigned to the demo liaison worker and coach,
// and a few more workers with their own caseload, so "my week" and the team's view are alive.
import { addDays, addMonths, type IsoDate } from '../../domain/dates';
import { assignWorker, endWorkerAssignment, listAssignmentsOf } from '../modules/families';
import { createUser } from '../modules/identity';
import { type ReferralFact, startedReferrals, waitingListReferrals } from '../modules/intake';
import type { Actor } from '../platform/auth/actor';
import type { Db } from '../platform/db/database';
import { DEMO_PASSWORD } from './demo-people';
import { type JourneyKit, journeyKit } from './journey-kit';
import { seededRandom } from './random';

const EXTRA_WORKERS = [
  { email: 'lotte@demo.eenplan.be', displayName: 'Lotte Verstraete' },
  { email: 'ruben@demo.eenplan.be', displayName: 'Ruben Declercq' },
  { email: 'ellen@demo.eenplan.be', displayName: 'Ellen Baert' },
];

export async function seedJourney(
  db: Db,
  input: { collaborationId: string; actors: Map<string, Actor>; today: IsoDate },
) {
  const { today } = input;
  const rnd = seededRandom(20_261_203);
  const desk = input.actors.get('coordinator') as Actor;
  const coach = input.actors.get('coach') as Actor;
  const nora = input.actors.get('liaisonWorker') as Actor;
  const team: Actor[] = [];
  for (const w of EXTRA_WORKERS) {
    const { id } = await createUser(db, {
      collaborationId: input.collaborationId,
      ...w,
      password: DEMO_PASSWORD,
      roles: ['liaisonWorker'],
    });
    team.push({ ...nora, userId: id, displayName: w.displayName });
  }
  const kit = journeyKit(db, today);

  // Families come from the demo's started referrals, most recently started first; one family once.
  const started = (await startedReferrals(db, input.collaborationId, { from: addDays(today, -200) })).sort(
    (a, b) => (b.decidedOn ?? '').localeCompare(a.decidedOn ?? ''),
  );
  const used = new Set<string>();
  const take = (pool: ReferralFact[], startedBy: IsoDate, after: IsoDate = addDays(today, -400)) => {
    const r = pool.find(
      (x) =>
        !used.has(x.familyId) &&
        (x.decidedOn ?? x.receivedOn) <= startedBy &&
        (x.decidedOn ?? x.receivedOn) >= after,
    );
    if (r) used.add(r.familyId);
    return r ?? null;
  };
  const assign = async (r: ReferralFact, workers: Actor[], fromOn = r.decidedOn ?? r.receivedOn) => {
    for (const w of workers) await assignWorker(db, desk, r.familyId, { userId: w.userId, fromOn });
  };
  // The most recent starts stay for the coordinator to assign.
  for (const r of started.slice(0, 3)) used.add(r.familyId);

  const waiting = await waitingListReferrals(db, input.collaborationId);
  await seedNorasWeek({
    kit,
    take,
    assign,
    started,
    today,
    nora,
    coach,
    desk,
    waiting,
  });

  // The team took on most of the families that waited longer than ten weeks (R18: the list moves).
  let turn = 0;
  for (const r of waiting) {
    if (used.has(r.familyId) || r.receivedOn > addDays(today, -70) || rnd.chance(0.15)) continue;
    used.add(r.familyId);
    const worker = team[turn % team.length] as Actor;
    turn += 1;
    const planned = addDays(r.decidedOn ?? r.receivedOn, rnd.int(30, 65));
    const startedOn = planned < today ? planned : today;
    await assign(r, [worker], startedOn);
    const t = await kit.shortTerm(worker, r, startedOn, { plan: rnd.chance(0.7), contacts: 1 });
    const closedOn = addDays(startedOn, rnd.int(80, 118));
    if (closedOn < today) {
      await kit.close(worker, t, closedOn, { rating: rnd.int(6, 10) });
      await endWorkerAssignmentOf(db, desk, r.familyId, worker, closedOn);
    }
  }

  // The rest of the team: the other recent starts, spread over the workers, each with its help.
  for (const r of started) {
    const decidedOn = r.decidedOn ?? r.receivedOn;
    if (used.has(r.familyId) || decidedOn < addDays(today, -150)) continue;
    used.add(r.familyId);
    const worker = team[turn % team.length] as Actor;
    turn += 1;
    if (decidedOn >= addDays(today, -60)) {
      await assign(r, [worker]);
      await kit.shortTerm(worker, r, addDays(decidedOn, 2), {
        plan: rnd.chance(0.8),
        contacts: rnd.int(1, 3),
      });
    } else if (rnd.chance(0.5)) {
      // Earlier families: helped and closed, with the family's rating (R21).
      await assign(r, [worker]);
      const t = await kit.shortTerm(worker, r, addDays(decidedOn, 2), { plan: true, contacts: 2 });
      const closedOn = addDays(decidedOn, rnd.int(70, 118));
      if (closedOn < today) {
        await kit.close(worker, t, closedOn, { rating: rnd.int(6, 10) });
        await endWorkerAssignmentOf(db, desk, r.familyId, worker, closedOn);
      }
    }
  }
}

async function endWorkerAssignmentOf(db: Db, desk: Actor, familyId: string, worker: Actor, toOn: IsoDate) {
  const [assignment] = (await listAssignmentsOf(db, [familyId])).filter((a) => a.userId === worker.userId);
  if (assignment) await endWorkerAssignment(db, desk, familyId, assignment.id, toOn);
}

type Stage = {
  kit: JourneyKit;
  take: (pool: ReferralFact[], startedBy: IsoDate, after?: IsoDate) => ReferralFact | null;
  assign: (r: ReferralFact, workers: Actor[], fromOn?: IsoDate) => Promise<void>;
  started: ReferralFact[];
  waiting: ReferralFact[];
  today: IsoDate;
  nora: Actor;
  coach: Actor;
  desk: Actor;
};

/** The demo liaison worker's families, one at each stage, with the demo coach as coach of the region. */
async function seedNorasWeek(s: Stage) {
  const { kit, take, assign, started, today, nora, coach } = s;
  const pair = [nora, coach];
  const go = async (startBy: IsoDate, after?: IsoDate) => {
    const r = take(started, startBy, after);
    if (r) await assign(r, pair);
    return r;
  };

  // Just started: first conversation and first plan due within the month (R26).
  const fresh = await go(today, addDays(today, -6));
  if (fresh) await kit.shortTerm(nora, fresh, today, { plan: false, contacts: 0 });

  // With a plan agreed and evaluated; a contact note kept from the family (R28).
  const planned = await go(addDays(today, -30), addDays(today, -60));
  if (planned)
    await kit.shortTerm(nora, planned, addDays(planned.decidedOn ?? today, 3), {
      plan: true,
      agreed: true,
      evaluated: true,
      contacts: 3,
      confidential: true,
    });

  // Short help ending soon: warned at 3.5 months (R1).
  const ending = await go(addDays(addMonths(today, -3), -22));
  if (ending)
    await kit.shortTerm(nora, ending, addDays(addMonths(today, -3), -20), {
      plan: true,
      agreed: true,
      contacts: 4,
    });

  // Past 4 months: an extension asked, for the coach to accept (R1).
  const extended = await go(addDays(addMonths(today, -4), -12));
  if (extended) {
    const t = await kit.shortTerm(nora, extended, addDays(addMonths(today, -4), -10), {
      plan: true,
      agreed: true,
      contacts: 4,
    });
    await kit.requestExtension(
      nora,
      t,
      addDays(today, 35),
      'De schoolstart afwachten en het netwerk nog één keer samenbrengen.',
    );
  }

  // Waiting for the team and for the CGG, with bridging help — and the contact is overdue (R2, R18).
  const waiting = take(s.waiting, addDays(today, -40), addDays(today, -95));
  if (waiting) {
    await assign(waiting, pair, addDays(today, -41));
    await kit.bridging(nora, waiting, addDays(today, -40), {
      waitingFor: 'Kinderpsychiatrie',
      waitingListOf: 'CGG De Brug',
      since: waiting.receivedOn,
      lastContact: addDays(today, -33),
    });
  }

  // Short help done, now bridging until home guidance starts; on time.
  const bridged = await go(addDays(today, -100));
  if (bridged) {
    const t = await kit.shortTerm(nora, bridged, addDays(bridged.decidedOn ?? today, 2), {
      plan: true,
      agreed: true,
      contacts: 3,
    });
    await kit.close(nora, t, addDays(today, -25), { rating: 7, reason: 'noLongerNeeded' });
    await kit.bridging(nora, bridged, addDays(today, -24), {
      waitingFor: 'Intensieve thuisbegeleiding',
      waitingListOf: 'CKG Het Nest',
      since: addDays(today, -26),
      lastContact: addDays(today, -9),
    });
  }

  // In hand-over to two services: the joint conversation held, a coordination meeting planned (R3).
  const handing = await go(addDays(today, -90));
  if (handing) {
    const t = await kit.shortTerm(nora, handing, addDays(handing.decidedOn ?? today, 2), {
      plan: true,
      agreed: true,
      contacts: 4,
    });
    await kit.close(nora, t, addDays(today, -20), { rating: 8 });
    await kit.handover(nora, handing, addDays(today, -19), { meetingIn: 5 });
  }

  // Moving out of the region: the hand-over to the new region is under way (R20).
  const moving = await go(addDays(today, -50));
  if (moving) {
    const t = await kit.shortTerm(nora, moving, addDays(moving.decidedOn ?? today, 2), {
      plan: true,
      contacts: 2,
    });
    await kit.close(nora, t, addDays(today, -6), { rating: 7, reason: 'familyStopped' });
    await kit.movingOut(nora, moving, addDays(today, -5));
  }

  // Closed with the family's own rating, still in follow-up (R21); and one handed over warmly.
  const closed = await go(addDays(today, -120));
  if (closed) {
    const t = await kit.shortTerm(nora, closed, addDays(closed.decidedOn ?? today, 2), {
      plan: true,
      agreed: true,
      evaluated: true,
      contacts: 5,
      reached: true,
    });
    await kit.close(nora, t, addDays(today, -8), {
      rating: 9,
      words: 'We weten nu bij wie we terechtkunnen, en dat we het zelf kunnen.',
    });
  }
  const handedOver = await go(addDays(today, -140));
  if (handedOver) {
    const t = await kit.shortTerm(nora, handedOver, addDays(handedOver.decidedOn ?? today, 2), {
      plan: true,
      agreed: true,
      contacts: 3,
    });
    await kit.close(nora, t, addDays(today, -40), { rating: 8 });
    const h = await kit.handover(nora, handedOver, addDays(today, -39), { meetingIn: null });
    await kit.close(nora, h, addDays(today, -12), {
      rating: 9,
      reason: 'handedOver',
      words: 'Warm doorgegeven, we moesten ons verhaal niet opnieuw doen.',
    });
  }
}
