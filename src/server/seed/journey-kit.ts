// Small steps of a demo family's journey, each through the real use cases (so every rule and
// every audit row applies to the demo data too).
import type { TrajectoryDto } from '../../contracts/trajectories';
import { addDays, type IsoDate } from '../../domain/dates';
import { FAMILY_CARE_LINE, REGULAR_LINE } from '../../domain/funding-lines';
import type { CloseReason } from '../../domain/trajectories';
import type { ReferralFact } from '../modules/intake';
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
import { journeySteps } from './journey-steps';
import { isPresetLineOpen } from './preset-lines';

export type JourneyKit = ReturnType<typeof journeyKit>;

export function journeyKit(db: Db, today: IsoDate) {
  const { network, plan, contacts } = journeySteps(db, today);
  const min = (a: IsoDate, b: IsoDate) => (a < b ? a : b);
  // The line a trajectory of the story is paid from: the referral's own line once intake started
  // it there (R4 R6: counted lines take help only from a started referral), the regular line
  // otherwise — and after a line ended (R8). The liaison worker's own help to a family-care family
  // is regular-line work (family care itself is seeded apart, R5).
  const lineFor = (r: ReferralFact, on: IsoDate) =>
    r.status === 'started' &&
    r.fundingLine.code !== FAMILY_CARE_LINE &&
    isPresetLineOpen(r.fundingLine.code, on)
      ? r.fundingLine.code
      : REGULAR_LINE;

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
        fundingLine: lineFor(r, start),
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
        baseVersion: t.version,
      });
    },

    async requestExtension(worker: Actor, t: TrajectoryDto, untilOn: IsoDate, reason: string) {
      return requestExtension(db, worker, t.id, { reason, untilOn, baseVersion: t.version });
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
        fundingLine: lineFor(r, startedOn),
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
        fundingLine: lineFor(r, startedOn),
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
      const updated = await updateTrajectoryDetails(db, worker, t.id, {
        baseVersion: t.version,
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
          baseVersion: first.version,
        });
      if (o.meetingIn !== null)
        await planCoordinationMeeting(db, worker, t.id, {
          plannedOn: addDays(today, o.meetingIn),
          participants: ['Gezin', 'CGG De Brug', 'CAW Oost-Waas'],
        });
      return updated;
    },

    /** R20: moving out, handed over to the collaboration of the new region. */
    async movingOut(worker: Actor, r: ReferralFact, startedOn: IsoDate) {
      return startTrajectory(db, worker, r.familyId, {
        kind: 'movingOut',
        fundingLine: lineFor(r, startedOn),
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
