// The first steps of a demo family's file: its network map, its plan (backdated to when it was
// notionally written, agreed and evaluated) and its contacts, through the real use cases.
import { addDays, type IsoDate } from '../../domain/dates';
import { addNetworkMember } from '../modules/families';
import { recordPlanAgreement, savePlan } from '../modules/plans';
import { recordContact } from '../modules/trajectories';
import type { Actor } from '../platform/auth/actor';
import type { Db } from '../platform/db/database';
import { backdatePlanVersion } from './demo-plan-dates.repository';
import { CONFIDENTIAL_NOTE, CONTACT_NOTES, PLAN_STORIES, planFromStory } from './journey-stories';

const KINDS = ['homeVisit', 'phone', 'networkMeeting', 'office', 'video'] as const;
const SERVICES = ['CGG De Brug', 'CAW Oost-Waas', 'CKG Het Nest', 'Sociaal Huis Scheldeoever'];

export function journeySteps(db: Db, today: IsoDate) {
  let story = 0;
  const min = (a: IsoDate, b: IsoDate) => (a < b ? a : b);

  async function network(worker: Actor, familyId: string, startedOn: IsoDate) {
    await addNetworkMember(db, worker, familyId, {
      kind: 'informal',
      name: 'Oma',
      relation: 'grootmoeder',
      since: null,
    });
    const service = SERVICES[story % SERVICES.length] as string;
    await addNetworkMember(db, worker, familyId, {
      kind: 'professional',
      name: 'Vaste begeleider',
      organisation: service,
      role: 'begeleiding',
      since: addDays(startedOn, -60),
    });
    await addNetworkMember(db, worker, familyId, {
      kind: 'professional',
      name: 'Zorgcoördinator',
      organisation: 'CLB De Wegwijzer',
      role: 'leerlingenbegeleiding',
      // Joined a few weeks in, but never later than the demo's today: a network entry is a fact.
      since: min(addDays(startedOn, 20), today),
    });
  }

  async function plan(
    worker: Actor,
    familyId: string,
    madeOn: IsoDate,
    options: { agreed?: boolean; evaluated?: boolean; reached?: boolean },
  ) {
    const body = planFromStory(
      PLAN_STORIES[story % PLAN_STORIES.length] as never,
      today,
      `demo-${familyId.slice(0, 8)}`,
    );
    story += 1;
    await savePlan(db, worker, familyId, body);
    await backdatePlanVersion(db, familyId, 1, madeOn);
    if (options.agreed)
      await recordPlanAgreement(db, worker, familyId, 1, {
        agreedOn: madeOn,
        agreedBy: ['Moeder', 'Vader'],
        method: 'inConversation',
      });
    if (!options.evaluated) return;
    const evaluatedOn = min(addDays(madeOn, 35), today);
    const goals = body.content.goals.map((g, i) => ({
      ...g,
      status: options.reached ? 'reached' : i === 0 ? 'partlyReached' : 'open',
    }));
    const evaluations = body.content.goals.flatMap((g, i) => [
      {
        goalId: g.id as string,
        on: evaluatedOn,
        by: 'family' as const,
        scale: options.reached ? 8 : 5 + i,
        note: i === 0 ? 'Het gaat beter dan we dachten.' : null,
      },
      {
        goalId: g.id as string,
        on: evaluatedOn,
        by: 'worker' as const,
        scale: options.reached ? 8 : 4 + i,
        note: null,
      },
    ]);
    const actions = body.content.actions.map((a) => ({ ...a, doneOn: options.reached ? evaluatedOn : null }));
    await savePlan(db, worker, familyId, {
      baseVersion: 1,
      changeNote: 'Evaluatie met het gezin',
      content: { ...body.content, goals: goals as never, evaluations, actions },
    });
    await backdatePlanVersion(db, familyId, 2, evaluatedOn);
  }

  async function contacts(
    worker: Actor,
    familyId: string,
    trajectoryId: string,
    from: IsoDate,
    count: number,
    confidential = false,
  ) {
    for (let i = 0; i < count; i += 1) {
      const occurredOn = min(addDays(from, 4 + i * 12), today);
      await recordContact(db, worker, familyId, {
        kind: KINDS[i % KINDS.length] as (typeof KINDS)[number],
        occurredOn,
        durationMinutes: i % 2 === 0 ? 60 : 20,
        participants: i % 2 === 0 ? ['Moeder', 'Vader'] : ['Moeder'],
        note: CONTACT_NOTES[i % CONTACT_NOTES.length] ?? null,
        trajectoryId,
      });
    }
    if (confidential)
      await recordContact(db, worker, familyId, {
        kind: 'phone',
        occurredOn: min(addDays(from, 6), today),
        durationMinutes: 15,
        participants: ['Buurvrouw'],
        note: CONFIDENTIAL_NOTE,
        trajectoryId,
        hiddenFromFamily: 'thirdPartyConfidential',
      });
  }

  return { network, plan, contacts };
}
