// The demo liaison worker's week: one family at each stage of the journey, with the demo coach
// as coach of the region (ADR 010).
import { addDays, addMonths, type IsoDate } from '../../domain/dates';
import type { ReferralFact } from '../modules/intake';
import type { Actor } from '../platform/auth/actor';
import type { JourneyKit } from './journey-kit';

export type Stage = {
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
export async function seedNorasWeek(s: Stage) {
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
