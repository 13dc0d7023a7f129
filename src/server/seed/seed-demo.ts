// The fictional demo collaboration loaded on the first start of an empty database without an
// administrator configured: a team, partners and about a year of referrals, so that the intake
// list and the figures page mean something on first sight.
import { randomUUID } from 'node:crypto';
import type { CreateReferralBody, MemberInput } from '../../contracts/intake';
import type { OrganisationKind } from '../../contracts/network';
import type { Clock } from '../../domain/clock';
import {
  ADD_ON_LINE,
  CRISIS_FOLLOW_UP_LINE,
  FAMILY_CARE_LINE,
  NAFT_LINE,
  REGULAR_LINE,
  VOLUNTEERS_LINE,
} from '../../domain/funding-lines';
import { createUser, upsertSecondFactorRule } from '../modules/identity';
import {
  createReferral,
  decideReferral,
  recordPerspectiveConversation,
  reviewDuplicate,
} from '../modules/intake';
import { mergeFamilyFiles } from '../modules/merging';
import { holdQueuedMails } from '../modules/messages';
import { createOrganisation, upsertMunicipalityRows } from '../modules/network';
import { putOffersOnMap } from '../modules/socialmap';
import type { Actor } from '../platform/auth/actor';
import type { Db } from '../platform/db/database';
import { inCollaboration } from '../platform/db/tenant-context';
import { AppError } from '../platform/http/app-error';
import { provisionCollaboration } from '../setup/provision-collaboration';
import { demoOffers } from './demo-offers';
import {
  CHILD_NAMES,
  DEMO_ORGANISATIONS,
  DEMO_PASSWORD,
  DEMO_USERS,
  FAMILY_NAMES,
  PARENT_NAMES,
  REQUESTS_FOR_HELP,
} from './demo-people';
import { DEMO_MUNICIPALITIES, DEMO_ZONES } from './demo-region';
import { isPresetLineOpen } from './preset-lines';
import { seededRandom } from './random';
import { seedAssignments } from './seed-assignments';
import { seedCoaching } from './seed-coaching';
import { addDays, addWorkingDaysSafe, type IsoDate } from './seed-dates';
import { seedFamilyAccount } from './seed-family-account';
import { seedGovernance } from './seed-governance';
import { seedJourney } from './seed-journey';
import { seedSecondCollaboration } from './seed-second-collaboration';
import { seedTeamAndFunding } from './seed-team-and-funding';

export const DEMO_COLLABORATION_NAME = 'Samenwerkingsverband Schelde-Durme (demo)';

/** The demo as of the clock's today (ADR 027): a fixed clock loads it on any chosen date. */
/** The demo collaboration, seeded inside it (row-level security, ADR 053). */
export async function seedDemo(db: Db, options: { clock: Clock; days?: number }) {
  const id = randomUUID();
  return inCollaboration(id, () => seedDemoCollaboration(db, id, options));
}

async function seedDemoCollaboration(db: Db, id: string, options: { clock: Clock; days?: number }) {
  const { clock } = options;
  const today = clock.today();
  const rnd = seededRandom(20_261_122);
  await upsertMunicipalityRows(db, DEMO_MUNICIPALITIES);

  const { collaboration, orgIds, actors } = await db.transaction(async (tx) => {
    const collaboration = await provisionCollaboration(tx, {
      id,
      name: DEMO_COLLABORATION_NAME,
      slug: 'demo',
      zones: DEMO_ZONES,
      year: Number(today.slice(0, 4)),
    });
    // ADR 036: the demo is signed in to with the printed password alone, so that anyone can try
    // it; its administrator can require a second factor on the admin page like anywhere else.
    await upsertSecondFactorRule(tx, collaboration.id, 'nobody');
    const orgIds = new Map<string, string>();
    for (const org of DEMO_ORGANISATIONS) {
      const row = await createOrganisation(tx, { collaborationId: collaboration.id, ...org });
      orgIds.set(org.key, row.id);
    }
    await putOffersOnMap(tx, collaboration.id, demoOffers(orgIds, today));
    const actors = new Map<string, Actor>();
    for (const user of DEMO_USERS) {
      const organisationId = user.organisation ? (orgIds.get(user.organisation) ?? null) : null;
      const { id } = await createUser(tx, {
        collaborationId: collaboration.id,
        ...user,
        password: DEMO_PASSWORD,
        organisationId,
      });
      actors.set(user.roles[0] as string, {
        userId: id,
        collaborationId: collaboration.id,
        displayName: user.displayName,
        roles: user.roles,
        organisationId,
        locale: 'nl',
        sessionId: 'seed',
        csrfToken: 'seed',
        clock,
      });
    }
    return { collaboration, orgIds, actors };
  });

  const desk = actors.get('coordinator') as Actor;
  const coach = actors.get('coach') as Actor;
  const clbUser = actors.get('partnerReferrer') as Actor;
  const inRegion = DEMO_MUNICIPALITIES.filter((m) => DEMO_ZONES.includes(m.zoneCode));
  const outside = DEMO_MUNICIPALITIES.filter((m) => !DEMO_ZONES.includes(m.zoneCode));
  const earlier: { body: CreateReferralBody; receivedOn: IsoDate }[] = [];
  const days = options.days ?? 365;

  for (let offset = days; offset >= 0; offset -= 1) {
    const receivedOn = addDays(today, -offset);
    const weekday = new Date(`${receivedOn}T00:00:00Z`).getUTCDay();
    const count =
      weekday === 0 || weekday === 6
        ? rnd.chance(0.1)
          ? 1
          : 0
        : rnd.weighted([
            [0, 3],
            [1, 4],
            [2, 3],
            [3, 1],
          ] as const);
    for (let n = 0; n < count; n += 1) {
      const isDuplicate = earlier.length > 20 && rnd.chance(0.03);
      const body = isDuplicate ? repeatOf(rnd.pick(earlier).body, receivedOn) : freshReferral(receivedOn);
      const actor =
        body.registrant.organisationKind === 'clb' && rnd.chance(0.4)
          ? clbUser
          : rnd.chance(0.7)
            ? desk
            : coach;
      const referral = await createReferral(db, actor, body);
      earlier.push({ body, receivedOn });

      const age = offset;
      if (referral.duplicateReview === 'pending' && age > 10 && referral.possibleDuplicates[0]) {
        await reviewDuplicate(
          db,
          desk,
          referral.id,
          {
            action: 'link',
            familyId: referral.possibleDuplicates[0].familyId,
          },
          mergeFamilyFiles,
        );
      }
      if (age < 2 || (age < 6 && rnd.chance(0.5))) continue; // still waiting for an answer
      const delay = rnd.weighted([
        [0, 2],
        [1, 4],
        [2, 4],
        [3, 3],
        [5, 1],
        [8, 1],
      ] as const);
      const decidedOn = addWorkingDaysSafe(receivedOn, delay, today);
      const outcome = rnd.weighted([
        ['started', 62],
        ['notStarted', 20],
        ['waitingList', 18],
      ] as const);
      const reason =
        outcome === 'notStarted'
          ? rnd.weighted([
              ['choseOtherHelp', 5],
              ['outsideTargetGroup', 3],
              ['outsideRegion', 2],
              ['noCapacity', 3],
              ['familyDeclined', 4],
              ['other', 1],
            ] as const)
          : undefined;
      const decider = rnd.chance(0.75) ? desk : coach;
      // R4: past the crisis quota the coordinator starts with a reason; R6: past the add-on cap the family waits.
      const overQuotaReason =
        body.fundingLine === CRISIS_FOLLOW_UP_LINE
          ? 'Geen andere vervolghulp beschikbaar na de crisis.'
          : null;
      const decided = await decideReferral(db, decider, referral.id, {
        outcome,
        reason,
        decidedOn,
        overQuotaReason,
      }).catch((error: unknown) => {
        // R6: past the add-on cap the family waits; R8: a line that ended meanwhile starts nothing.
        if (error instanceof AppError && error.code === 'FUNDING_LINE_CAP_REACHED')
          return decideReferral(db, decider, referral.id, { outcome: 'waitingList', decidedOn });
        if (error instanceof AppError && error.code === 'FUNDING_LINE_ENDED')
          return decideReferral(db, decider, referral.id, {
            outcome: 'notStarted',
            reason: 'other',
            decidedOn,
          });
        throw error;
      });
      const conversationOn = addDays(receivedOn, rnd.int(5, 38));
      if (decided.status === 'started' && conversationOn <= today && rnd.chance(0.9)) {
        await recordPerspectiveConversation(db, desk, referral.id, conversationOn);
      }
    }
  }
  const { accounts } = await seedTeamAndFunding(db, {
    lead: actors.get('leadPartner') as Actor,
    orgIds,
    userIds: new Map([...actors].map(([role, actor]) => [role, actor.userId])),
    today,
  });
  await seedGovernance(db, { actors, orgIds, today });
  const team = ['lotte', 'ruben', 'ellen'].map((key) => accounts.get(key) as Actor);
  await seedJourney(db, { collaborationId: collaboration.id, actors, team, today });
  await seedAssignments(db, { desk, today });
  await seedFamilyAccount(db, { nora: actors.get('liaisonWorker') as Actor, today });
  // Last, so that the referrals above (and their random draws) stay as they were.
  await seedCoaching(db, { lead: actors.get('leadPartner') as Actor, desk, orgIds, today });
  // The demo's actions queued their mails (invitations, R4's answers) for the administrator's
  // outbox to show; its addresses are fictional, so none leaves, even with SMTP configured.
  await holdQueuedMails(db, collaboration.id);
  // Issue 15: a second collaboration in the same installation (Gent).
  await seedSecondCollaboration(db, { year: Number(today.slice(0, 4)) });
  return { collaborationId: collaboration.id, referrals: earlier.length, organisations: orgIds.size };

  function freshReferral(receivedOn: IsoDate): CreateReferralBody {
    // R8: after the volunteers line ends (31/12/2026) the demo registers nothing new on it.
    const fundingLine = rnd.weighted([
      [REGULAR_LINE, 58],
      [CRISIS_FOLLOW_UP_LINE, 12],
      [FAMILY_CARE_LINE, 10],
      [ADD_ON_LINE, 5],
      [isPresetLineOpen(VOLUNTEERS_LINE, receivedOn) ? VOLUNTEERS_LINE : REGULAR_LINE, 6],
      [NAFT_LINE, 9],
    ] as const);
    const registrantKind: OrganisationKind =
      fundingLine === NAFT_LINE
        ? 'clb' // R9: CLB always registers NAFT referrals
        : fundingLine === CRISIS_FOLLOW_UP_LINE
          ? rnd.weighted([
              ['crisisNetwork', 6],
              ['police', 2],
              ['cgg', 2],
            ] as const)
          : rnd.weighted([
              ['clb', 30],
              ['caw', 10],
              ['cgg', 8],
              ['huisVanHetKind', 12],
              ['ocmw', 10],
              ['school', 10],
              ['gp', 6],
              ['ckg', 5],
              ['family', 6],
              ['police', 3],
            ] as const);
    const org = DEMO_ORGANISATIONS.find((o) => o.kind === registrantKind);
    const municipality = rnd.chance(0.05) ? rnd.pick(outside) : rnd.pick(inRegion);
    const anonymous = rnd.chance(fundingLine === CRISIS_FOLLOW_UP_LINE ? 0.4 : 0.08); // R31
    const familyName = rnd.pick(FAMILY_NAMES);
    const members: MemberInput[] = [];
    const children = rnd.weighted([
      [1, 5],
      [2, 4],
      [3, 2],
    ] as const);
    for (let c = 0; c < children; c += 1) {
      const youngest = fundingLine === FAMILY_CARE_LINE && c === 0;
      if (youngest && rnd.chance(0.3)) {
        members.push({ role: 'child', dueDate: addDays(receivedOn, rnd.int(20, 200)) });
        continue;
      }
      const ageDays = youngest ? rnd.int(30, 3 * 365) : rnd.int(365, 17 * 365);
      members.push({
        role: 'child',
        givenName: anonymous ? null : rnd.pick(CHILD_NAMES),
        familyName: anonymous ? null : familyName,
        birthDate: addDays(receivedOn, -ageDays),
      });
    }
    for (
      let p = 0;
      p <
      rnd.weighted([
        [1, 4],
        [2, 5],
      ] as const);
      p += 1
    ) {
      members.push({
        role: 'parent',
        givenName: anonymous ? null : rnd.pick(PARENT_NAMES),
        familyName: anonymous ? null : familyName,
      });
    }
    return {
      receivedOn,
      fundingLine,
      registrant: {
        organisationKind: registrantKind,
        organisationName: org?.name ?? 'Het gezin zelf',
        contactName:
          registrantKind === 'family' ? null : `${rnd.pick(PARENT_NAMES)} ${rnd.pick(FAMILY_NAMES)}`,
      },
      referredThrough:
        fundingLine === NAFT_LINE
          ? { kind: 'naft', name: 'NAFT-traject Waasland' }
          : rnd.chance(0.15)
            ? { kind: rnd.pick(['huisVanHetKind', 'ocmw', 'school', 'gp'] as const), name: null }
            : null,
      family: { municipalityNis: municipality.nisCode, members },
      requestForHelp: rnd.pick(REQUESTS_FOR_HELP),
      consentToRefer: true,
    };
  }

  function repeatOf(body: CreateReferralBody, receivedOn: IsoDate): CreateReferralBody {
    const fresh = freshReferral(receivedOn);
    // The children have grown since: family care (R5) would no longer take them.
    const fundingLine = fresh.fundingLine === FAMILY_CARE_LINE ? REGULAR_LINE : fresh.fundingLine;
    return { ...fresh, fundingLine, family: { ...body.family, linkToFamilyId: null } };
  }
}
