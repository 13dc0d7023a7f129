// Small steps of a demo family's journey, each through the real use cases (so every rule and
// every audit row applies to the demo data too).
import type { TrajectoryDto } from '../../contracts/trajectories';
import { addDays, type IsoDate } from '../../domain/dates';
import type { CloseReason } from '../../domain/trajectories';
import { addNetworkMember } from '../modules/families';
import type { ReferralFact } from '../modules/intake';
import { backdatePlanVersionForDemo, recordPlanAgreement, savePlan } from '../modules/plans';
import {
  closeTrajectory,
  planCoordinationMeeting,
  recordContact,
  recordCoordinationMeeting,
  requestExtension,
  startTrajectory,
  updateTrajectoryDetails,
} from '../modules/trajectories';
import type { Actor } from '../platform/auth/actor';
import type { Db } from '../platform/db/database';
import { CONFIDENTIAL_NOTE, CONTACT_NOTES, PLAN_STORIES, planFromStory } from './journey-stories';

const KINDS = ['homeVisit', 'phone', 'networkMeeting', 'office', 'video'] as const;
const SERVICES = ['CGG De Brug', 'CAW Oost-Waas', 'CKG Het Nest', 'Sociaal Huis Scheldeoever'];

export type JourneyKit = ReturnType<typeof journeyKit>;

export function journeyKit(db: Db, today: IsoDate) {
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
      since: addDays(startedOn, 20),
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
    await backdatePlanVersionForDemo(db, familyId, 1, madeOn);
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
    await backdatePlanVersionForDemo(db, familyId, 2, evaluatedOn);
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

  return {
    /** R1: short strength-based help, with network, plan and contacts as the story asks. */
    async shortTerm(
      worker: Actor,
      r: ReferralFact,
      startedOn: IsoDate,
      options: {
        plan: boolean;
        agreed?: boolean;
        evaluated?: boolean;
        reached?: boolean;
        contacts: number;
        confidential?: boolean;
      },
    ): Promise<TrajectoryDto> {
      const start = min(startedOn, today);
      const t = await startTrajectory(db, worker, r.familyId, {
        kind: 'shortTerm',
        fundingLine: r.fundingLine.code,
        startedOn: start,
        referralId: r.id,
      });
      await network(worker, r.familyId, start);
      if (options.plan) await plan(worker, r.familyId, min(addDays(start, 7), today), options);
      await contacts(worker, r.familyId, t.id, start, options.contacts, options.confidential);
      return t;
    },

    async close(
      worker: Actor,
      t: TrajectoryDto,
      closedOn: IsoDate,
      o: { rating: number; reason?: CloseReason; words?: string },
    ) {
      return closeTrajectory(db, worker, t.id, {
        closedOn,
        reason: o.reason ?? 'goalsReached',
        closingConversationOn: closedOn,
        familyRating: o.rating,
        familyWords: o.words ?? 'Er is weer rust in huis.',
      });
    },

    async requestExtension(worker: Actor, t: TrajectoryDto, untilOn: IsoDate, reason: string) {
      return requestExtension(db, worker, t.id, { reason, untilOn });
    },

    /** R2: bridging while the family waits elsewhere; the last contact sets what is due. */
    async bridging(
      worker: Actor,
      r: ReferralFact,
      startedOn: IsoDate,
      w: { waitingFor: string; waitingListOf: string; since: IsoDate; lastContact: IsoDate },
    ) {
      const t = await startTrajectory(db, worker, r.familyId, {
        kind: 'bridging',
        fundingLine: r.fundingLine.code,
        startedOn,
        bridging: { waitingFor: w.waitingFor, waitingListOf: w.waitingListOf, waitingSince: w.since },
      });
      await recordContact(db, worker, r.familyId, {
        kind: 'phone',
        occurredOn: w.lastContact,
        durationMinutes: 20,
        participants: ['Moeder'],
        note: 'Telefonische opvolging tijdens het wachten.',
        trajectoryId: t.id,
      });
      return t;
    },

    /** R3: hand-over to two services, the joint conversation held; a coordination meeting ahead. */
    async handover(worker: Actor, r: ReferralFact, startedOn: IsoDate, o: { meetingIn: number | null }) {
      const t = await startTrajectory(db, worker, r.familyId, {
        kind: 'handover',
        fundingLine: r.fundingLine.code,
        startedOn,
        handover: {
          receivingServices: [
            { organisation: 'CGG De Brug', service: 'ouderbegeleiding' },
            { organisation: 'CAW Oost-Waas', service: 'budgetbegeleiding' },
          ],
          conversationParticipants: [],
        },
      });
      const conversationOn = min(addDays(startedOn, 3), today);
      await updateTrajectoryDetails(db, worker, t.id, {
        handover: {
          receivingServices: [
            { organisation: 'CGG De Brug', service: 'ouderbegeleiding', worker: 'Hulpverlener CGG' },
            {
              organisation: 'CAW Oost-Waas',
              service: 'budgetbegeleiding',
              worker: 'Maatschappelijk werker CAW',
            },
          ],
          conversationOn,
          conversationParticipants: ['Moeder', 'Vader', 'Hulpverlener CGG', worker.displayName],
          sharedInformation: 'Het gezinsplan, wat al werkte en de vragen die nog open liggen.',
          coordinationAgreement:
            'Maandelijks coördinerend overleg met het gezin; de verbindingsmedewerker blijft aanspreekpunt tot het eerste overleg.',
        },
      });
      const held = await planCoordinationMeeting(db, worker, t.id, {
        plannedOn: min(addDays(startedOn, 10), today),
        participants: [],
      });
      const first = held.meetings[0];
      if (first)
        await recordCoordinationMeeting(db, worker, t.id, first.id, {
          heldOn: first.plannedOn,
          participants: ['Moeder', 'Vader', 'CGG De Brug', 'CAW Oost-Waas', worker.displayName],
          decisions: 'Het CAW start met budgetbegeleiding; het CGG neemt het doel rond rust in huis over.',
          isFamilyPresent: true,
          durationMinutes: 75,
        });
      if (o.meetingIn !== null)
        await planCoordinationMeeting(db, worker, t.id, {
          plannedOn: addDays(today, o.meetingIn),
          participants: ['Gezin', 'CGG De Brug', 'CAW Oost-Waas'],
        });
      return t;
    },

    /** R20: moving out, handed over to the collaboration of the new region. */
    async movingOut(worker: Actor, r: ReferralFact, startedOn: IsoDate) {
      return startTrajectory(db, worker, r.familyId, {
        kind: 'movingOut',
        fundingLine: r.fundingLine.code,
        startedOn,
        movingOut: { newMunicipality: 'Gent', movingOn: addDays(today, 12) },
        handover: {
          receivingServices: [
            { organisation: 'Samenwerkingsverband Leie-Demo', worker: 'Verbindingsmedewerker Leie' },
          ],
          conversationParticipants: [],
        },
      });
    },
  };
}
