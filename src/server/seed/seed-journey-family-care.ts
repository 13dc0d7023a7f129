// A young demo family in family care (R5): referred by the Huis van het Kind with a baby, care
// started about 14 weeks ago by the demo liaison worker; the provider called 3 days after the
// referral, the referrer was at the first conversation; one week above 8 hours and week 13 show
// care the project does not pay. The family and its people are fictional.
import { addDays, type IsoDate } from '../../domain/dates';
import { FAMILY_CARE_LINE } from '../../domain/funding-lines';
import { assignWorker } from '../modules/families';
import { createReferral, decideReferral, recordPerspectiveConversation } from '../modules/intake';
import { recordCareWeek, recordContact, startTrajectory } from '../modules/trajectories';
import type { Actor } from '../platform/auth/actor';
import type { Db } from '../platform/db/database';
import { demoHistory } from './demo-history';

/** Minutes per care week, weeks 1 to 13: week 4 is 9 hours (8 paid), week 13 is past the project. */
const WEEKS = [360, 480, 420, 540, 480, 450, 390, 480, 420, 360, 300, 240, 180];

export async function seedFamilyCare(
  db: Db,
  input: { desk: Actor; nora: Actor; coach: Actor; today: IsoDate },
) {
  const { desk, nora, coach, today } = input;
  const startedOn = addDays(today, -95); // week 14 of care today
  const receivedOn = addDays(startedOn, -6);
  const referral = await createReferral(db, desk, {
    receivedOn,
    fundingLine: FAMILY_CARE_LINE,
    registrant: {
      organisationKind: 'huisVanHetKind',
      organisationName: 'Huis van het Kind Waasland-Demo',
      contactName: 'Griet Vandamme',
    },
    family: {
      municipalityNis: '46025', // Temse
      members: [
        { role: 'child', givenName: 'Fien', familyName: 'Verbeke', birthDate: addDays(today, -200) },
        { role: 'child', givenName: 'Warre', familyName: 'Verbeke', birthDate: addDays(today, -1900) },
        { role: 'parent', givenName: 'Sofie', familyName: 'Verbeke' },
      ],
    },
    requestForHelp: 'Sinds de geboorte van Fien lukt het huishouden niet meer; we zijn doodmoe.',
    consentToRefer: true,
  });
  await decideReferral(db, desk, referral.id, { outcome: 'started', decidedOn: addDays(receivedOn, 1) });
  await recordPerspectiveConversation(db, desk, referral.id, addDays(receivedOn, 4));
  for (const worker of [nora, coach])
    await assignWorker(
      db,
      desk,
      referral.familyId,
      {
        userId: worker.userId,
        fromOn: addDays(receivedOn, 1),
      },
      demoHistory,
    );

  const referredOn = addDays(receivedOn, 2);
  const firstContactOn = addDays(referredOn, 3);
  const t = await startTrajectory(db, nora, referral.familyId, {
    kind: 'familyCare',
    fundingLine: FAMILY_CARE_LINE,
    startedOn,
    referralId: referral.id,
    familyCare: { provider: 'Gezinszorg Thuis+', referredOn, firstContactOn, isReferrerPresent: true },
  });
  await recordContact(db, nora, referral.familyId, {
    kind: 'homeVisit',
    occurredOn: firstContactOn,
    durationMinutes: 60,
    participants: ['Sofie', 'Gezinszorg Thuis+', 'Huis van het Kind'],
    note: 'Kennismaking met de gezinszorg thuis, samen met de aanmelder: afspraken over de weken en de uren.',
    trajectoryId: t.id,
  });
  for (const [i, minutes] of WEEKS.entries())
    await recordCareWeek(db, nora, t.id, i + 1, { minutes, baseVersion: 0 });
}
