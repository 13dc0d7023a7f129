// Family coaching in the demo (R23): family coaches of the demo partners — a paid coach at the
// default limit of 7, a volunteer whose limit funding lowered to 3 and who is full, a paid coach
// away today, and the volunteer of the team seed — with families referred on the coaching line:
// most matched (one coaching already ended), four still waiting. All through the real use cases,
// so the rules and the audit apply. Every name is fictional.
import type { CreateReferralBody } from '../../contracts/intake';
import { addDays, type IsoDate } from '../../domain/dates';
import { FAMILY_COACHING_LINE } from '../../domain/family-coaching';
import { endMatch, matchFamily } from '../modules/coaching';
import { createReferral, decideReferral } from '../modules/intake';
import { createWorker, getTeam, recordAbsence } from '../modules/team';
import type { Actor } from '../platform/auth/actor';
import type { Db } from '../platform/db/database';

const COACHES = [
  { displayName: 'Griet Van Landeghem', org: 'hvhk', function: 'familyCoach', zoneCode: 'elz57', fte: 50 },
  {
    displayName: 'Yasmina Toumi',
    org: 'ckg',
    function: 'volunteerFamilyCoach',
    zoneCode: 'elz29',
    fte: 10,
    caseloadLimit: 3, // funding dropped: from 7 to 3 families (source 002)
  },
  { displayName: 'Bart Opdebeeck', org: 'ocmw', function: 'familyCoach', zoneCode: 'elz9', fte: 40 },
] as const;
/** Created by the team seed: the volunteer family coach of the Huis van het Kind. */
const TEAM_VOLUNTEER = 'Wannes Goethals';

const SINT_NIKLAAS = '46021';
const TEMSE = '46025';
const STEKENE = '46024';
const DENDERMONDE = '42006';
const HAMME = '42008';

// Received days ago, where the family lives, and what became of it: matched days ago to a coach
// (and maybe ended since), or still waiting — put on the waiting list or started without a coach.
type Story = {
  family: string;
  child: string;
  nis: string;
  receivedAgo: number;
  coach?: string;
  matchedAgo?: number;
  endedAgo?: number;
  outcome?: 'started' | 'waitingList';
};
const STORIES: Story[] = [
  {
    family: 'Vereecken',
    child: 'Lotte',
    nis: HAMME,
    receivedAgo: 200,
    coach: TEAM_VOLUNTEER,
    matchedAgo: 190,
    endedAgo: 20,
  },
  { family: 'Lamote', child: 'Senne', nis: SINT_NIKLAAS, receivedAgo: 150, coach: 'Griet', matchedAgo: 140 },
  { family: 'Bouzid', child: 'Amira', nis: STEKENE, receivedAgo: 130, coach: 'Yasmina', matchedAgo: 120 },
  { family: 'Haesaert', child: 'Wout', nis: TEMSE, receivedAgo: 100, coach: 'Griet', matchedAgo: 90 },
  { family: 'Ketels', child: 'Fleur', nis: STEKENE, receivedAgo: 80, coach: 'Yasmina', matchedAgo: 75 },
  { family: 'Temmerman', child: 'Kobe', nis: DENDERMONDE, receivedAgo: 70, coach: 'Bart', matchedAgo: 65 },
  { family: 'Van Poucke', child: 'Ella', nis: SINT_NIKLAAS, receivedAgo: 60, coach: 'Griet', matchedAgo: 50 },
  { family: 'Nuyts', child: 'Rune', nis: STEKENE, receivedAgo: 45, coach: 'Yasmina', matchedAgo: 40 },
  { family: 'Mahieu', child: 'Zita', nis: HAMME, receivedAgo: 35, coach: TEAM_VOLUNTEER, matchedAgo: 30 },
  // Waiting for a coach, longest first.
  { family: 'Vlaeminck', child: 'Mats', nis: SINT_NIKLAAS, receivedAgo: 40, outcome: 'waitingList' },
  { family: 'Ozturk', child: 'Defne', nis: STEKENE, receivedAgo: 25, outcome: 'started' },
  { family: 'Rombaut', child: 'Jade', nis: DENDERMONDE, receivedAgo: 12, outcome: 'waitingList' },
  { family: 'Dierickx', child: 'Lou', nis: TEMSE, receivedAgo: 5, outcome: 'started' },
];

function referral(s: Story, today: IsoDate): CreateReferralBody {
  return {
    receivedOn: addDays(today, -s.receivedAgo),
    fundingLine: FAMILY_COACHING_LINE,
    registrant: { organisationKind: 'huisVanHetKind', organisationName: 'Huis van het Kind Waasland-Demo' },
    family: {
      municipalityNis: s.nis,
      members: [
        {
          role: 'child',
          givenName: s.child,
          familyName: s.family,
          birthDate: addDays(today, -(2000 + s.receivedAgo * 7)),
        },
        { role: 'parent', givenName: null, familyName: s.family },
      ],
    },
    requestForHelp: 'Iemand die naast ons staat en mee de weg zoekt tussen alle diensten.',
    consentToRefer: true,
  };
}

export async function seedCoaching(
  db: Db,
  options: { lead: Actor; desk: Actor; orgIds: Map<string, string>; today: IsoDate },
) {
  const { lead, desk, today } = options;
  for (const c of COACHES) {
    await createWorker(db, lead, {
      displayName: c.displayName,
      homeOrganisationId: options.orgIds.get(c.org) as string,
      function: c.function,
      fteTeam: c.fte,
      fteHomeOrganisation: 100 - c.fte,
      secondmentStart: '2025-09-01',
      zoneCode: c.zoneCode,
      isNewHire: false,
      coversAbsence: false,
      caseloadLimit: 'caseloadLimit' in c ? c.caseloadLimit : null,
    });
  }
  const workers = (await getTeam(db, lead)).workers;
  const coachId = (name: string) => workers.find((w) => w.displayName.startsWith(name))?.id as string;

  // In the order things happened, so that limits and suggestions apply as they would have.
  const events = STORIES.flatMap((s) => [
    { ago: s.receivedAgo, story: s, step: 'refer' as const },
    ...(s.matchedAgo === undefined ? [] : [{ ago: s.matchedAgo, story: s, step: 'match' as const }]),
    ...(s.endedAgo === undefined ? [] : [{ ago: s.endedAgo, story: s, step: 'end' as const }]),
  ]).sort((a, b) => b.ago - a.ago);
  const referrals = new Map<string, { id: string; familyId: string }>();
  const matches = new Map<string, string>();
  for (const { ago, story, step } of events) {
    const on = addDays(today, -ago);
    if (step === 'refer') {
      const r = await createReferral(db, desk, referral(story, today));
      await decideReferral(db, desk, r.id, {
        outcome: story.outcome ?? 'started',
        decidedOn: addDays(on, 2),
      });
      referrals.set(story.family, { id: r.id, familyId: r.familyId });
    } else if (step === 'match') {
      const r = referrals.get(story.family) as { id: string; familyId: string };
      const m = await matchFamily(db, desk, {
        familyId: r.familyId,
        coachId: coachId(story.coach as string),
        referralId: r.id,
        matchedOn: on,
        // Kept only when it explains passing the coach eenplan suggested.
        reason: 'Het gezin kent de coach al van de werking in de buurt.',
      });
      matches.set(story.family, m.id);
    } else {
      await endMatch(db, desk, matches.get(story.family) as string, { endedOn: on, reason: 'completed' });
    }
  }
  // Away today: listed on the coaching page, never suggested.
  await recordAbsence(db, lead, coachId('Bart'), {
    startsOn: addDays(today, -3),
    endsOn: addDays(today, 10),
    reason: 'Verlof',
  });
}
