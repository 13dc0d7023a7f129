// The family's journey in the demo collaboration: families at every stage — just started, with a
// plan, ending soon, past 4 months awaiting the coach, bridging while waiting, in hand-over,
// moving out, closed with the family's rating, in family care (R5) — assigned to the demo liaison
// worker and coach, and a few more workers with their own caseload, so "my week" and the team's
// view are alive.
import { addDays, type IsoDate } from '../../domain/dates';
import { assignWorker, endWorkerAssignment, listAssignmentsOf } from '../modules/families';
import { type ReferralFact, startedReferrals, waitingListReferrals } from '../modules/intake';
import type { Actor } from '../platform/auth/actor';
import type { Db } from '../platform/db/database';
import { demoHistory } from './demo-history';
import { journeyKit } from './journey-kit';
import { seededRandom } from './random';
import { seedFamilyCare } from './seed-journey-family-care';
import { seedNorasWeek } from './seed-journey-stages';

export async function seedJourney(
  db: Db,
  input: { collaborationId: string; actors: Map<string, Actor>; team: Actor[]; today: IsoDate },
) {
  const { today } = input;
  const rnd = seededRandom(20_261_203);
  const desk = input.actors.get('coordinator') as Actor;
  const coach = input.actors.get('coach') as Actor;
  const nora = input.actors.get('liaisonWorker') as Actor;
  // The liaison workers of the demo team (seed-team-and-funding) with their own caseload.
  const { team } = input;
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
    for (const w of workers)
      await assignWorker(db, desk, r.familyId, { userId: w.userId, fromOn }, demoHistory);
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
  await seedFamilyCare(db, { desk, nora, coach, today });

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
