// The demo team (fictional workers seconded from the demo partners), this year's and last
// year's money per line, and demo zone data for the allocation (R10–R13). One worker is
// seconded for less than two years, so the team page shows what a breach of R11 looks like.
// The liaison workers get an account (first name @demo.eenplan.be), so that families can be
// assigned to them by availability (R10); the family's journey gives some of them families.
import { addDays, type IsoDate } from '../../domain/dates';
import {
  ADD_ON_LINE,
  CRISIS_FOLLOW_UP_LINE,
  FAMILY_CARE_LINE,
  REGULAR_LINE,
  VOLUNTEERS_LINE,
} from '../../domain/funding-lines';
import { findFundingLineByCode, importZoneData, recordSpending, saveLineYear } from '../modules/funding';
import { createUser } from '../modules/identity';
import { countStartedOnLine } from '../modules/intake';
import { createTypeModule, createWorker, getTeam, recordAbsence } from '../modules/team';
import type { Actor } from '../platform/auth/actor';
import type { Db } from '../platform/db/database';
import { DEMO_PASSWORD } from './demo-people';

const WORKERS = [
  {
    displayName: 'Lotte Verstraete',
    org: 'clb',
    function: 'liaisonWorker',
    fteTeam: 100,
    zoneCode: 'elz57',
    module: 'clb',
    account: 'lotte',
  },
  {
    displayName: 'Ellen Baert',
    org: 'clb',
    function: 'liaisonWorker',
    fteTeam: 80,
    zoneCode: 'elz29',
    module: 'clb',
    account: 'ellen',
  },
  {
    displayName: 'Ruben Declercq',
    org: 'caw',
    function: 'liaisonWorker',
    fteTeam: 100,
    zoneCode: 'elz9',
    module: 'caw',
    isNewHire: true,
    account: 'ruben',
  },
  {
    displayName: 'Laure Vandamme',
    org: 'cgg',
    function: 'primaryCarePsychologist',
    fteTeam: 50,
    zoneCode: 'elz57',
    module: 'cgg',
    account: 'laure',
  },
  {
    displayName: 'Kobe Lievens',
    org: 'ckg',
    function: 'liaisonWorker',
    fteTeam: 60,
    zoneCode: 'elz9',
    start: -200,
    end: 400,
    account: 'kobe',
  },
  {
    displayName: 'Jonas De Wilde',
    org: 'clb',
    function: 'coach',
    fteTeam: 50,
    zoneCode: 'elz57',
    user: 'coach',
  },
  {
    displayName: 'Nora Lemmens',
    org: 'ocmw',
    function: 'liaisonWorker',
    fteTeam: 80,
    zoneCode: 'elz29',
    user: 'liaisonWorker',
    // R12: the extra module that absorbs the team's absence, so little money is left at year end.
    coversAbsence: true,
  },
  { displayName: 'Elise Vermeersch', org: 'clb', function: 'coordinator', fteTeam: 100, user: 'coordinator' },
  {
    displayName: 'Wannes Goethals',
    org: 'hvhk',
    function: 'volunteerFamilyCoach',
    fteTeam: 10,
    zoneCode: 'elz9',
  },
] as const;

export async function seedTeamAndFunding(
  db: Db,
  options: { lead: Actor; orgIds: Map<string, string>; userIds: Map<string, string>; today: IsoDate },
): Promise<{ accounts: Map<string, Actor> }> {
  const { lead, orgIds, today } = options;
  const org = (key: string) => orgIds.get(key) as string;
  for (const [key, fte] of [
    ['clb', 200],
    ['caw', 100],
    ['cgg', 100],
  ] as const) {
    await createTypeModule(db, lead, {
      employerOrganisationId: org(key),
      name: `Typemodule ${key.toUpperCase()}`,
      fte,
    });
  }
  const modules = (await getTeam(db, lead)).typeModules;
  const accounts = new Map<string, Actor>();
  for (const w of WORKERS) {
    if ('account' in w) {
      const { id } = await createUser(db, {
        collaborationId: lead.collaborationId,
        email: `${w.account}@demo.eenplan.be`,
        displayName: w.displayName,
        password: DEMO_PASSWORD,
        roles: ['liaisonWorker'],
        organisationId: org(w.org),
      });
      accounts.set(w.account, { ...lead, userId: id, displayName: w.displayName, roles: ['liaisonWorker'] });
    }
    const start = 'start' in w ? addDays(today, w.start) : '2024-09-01';
    const moduleKey = 'module' in w ? w.module : null;
    await createWorker(db, lead, {
      displayName: w.displayName,
      homeOrganisationId: org(w.org),
      function: w.function,
      typeModuleId: moduleKey
        ? (modules.find((m) => m.employerOrganisationId === org(moduleKey))?.id ?? null)
        : null,
      fteTeam: w.fteTeam,
      fteHomeOrganisation: 100 - w.fteTeam,
      secondmentStart: start,
      secondmentEnd: 'end' in w ? addDays(today, w.end) : null,
      zoneCode: 'zoneCode' in w ? w.zoneCode : null,
      isNewHire: 'isNewHire' in w,
      coversAbsence: 'coversAbsence' in w,
      userId:
        'user' in w
          ? (options.userIds.get(w.user) ?? null)
          : 'account' in w
            ? (accounts.get(w.account)?.userId ?? null)
            : null,
    });
  }
  const team = await getTeam(db, lead);
  const absent = team.workers.find((w) => w.displayName === 'Ellen Baert');
  if (absent)
    await recordAbsence(db, lead, absent.id, {
      startsOn: addDays(today, -10),
      endsOn: addDays(today, 20),
      reason: 'Ouderschapsverlof',
    });
  // An absence earlier on, long over: it weighs on this year's cover (R12), not on assignment (R10).
  const earlier = team.workers.find((w) => w.displayName === 'Lotte Verstraete');
  if (earlier)
    await recordAbsence(db, lead, earlier.id, {
      startsOn: addDays(today, -150),
      endsOn: addDays(today, -111),
      reason: 'Ziekte',
    });

  const year = Number(today.slice(0, 4));
  for (const y of [year - 1, year]) {
    await saveLineYear(db, lead, REGULAR_LINE, y, { budgetCents: 68_000_000, countsAs: ['staffModules'] });
    await saveLineYear(db, lead, CRISIS_FOLLOW_UP_LINE, y, {
      budgetCents: 9_000_000,
      targetTrajectories: 20,
      countsAs: ['staffModules'],
    });
    await saveLineYear(db, lead, FAMILY_CARE_LINE, y, {
      budgetCents: 4_000_000,
      coordinationBudgetCents: 2_400_000,
      trainingBudgetCents: 1_600_000,
      countsAs: ['hours', 'training', 'coordination'],
    });
    await saveLineYear(db, lead, ADD_ON_LINE, y, {
      budgetCents: 3_000_000,
      capTrajectories: 20,
      pricePerTrajectoryCents: 150_000,
      countsAs: ['trajectories'],
    });
    await saveLineYear(db, lead, VOLUNTEERS_LINE, y, {
      budgetCents: 2_500_000,
      countsAs: ['staffModules', 'training'],
    });
    const share = y < year ? 1 : Number(today.slice(5, 7)) / 12;
    const spend = async (
      code: string,
      category: 'staffModules' | 'hours' | 'coordination' | 'training' | 'trajectories',
      cents: number,
      what: string,
    ) =>
      recordSpending(db, lead, code, {
        year: y,
        category,
        status: 'spent',
        amountCents: Math.round(cents * share),
        bookedOn: y < year ? `${y}-12-15` : today,
        description: what,
      });
    await spend(REGULAR_LINE, 'staffModules', 64_500_000, 'Typemodules verbindingsmedewerkers');
    await spend(CRISIS_FOLLOW_UP_LINE, 'staffModules', 8_700_000, 'Module vervolghulp na crisis');
    await spend(FAMILY_CARE_LINE, 'coordination', 2_100_000, 'Coördinerend medewerker gezinszorg');
    await spend(FAMILY_CARE_LINE, 'training', 900_000, 'Vorming en intervisie');
    // R6: the add-on bookings follow the add-on trajectories intake started (€1,500 each); the
    // latest start of this year is not invoiced yet, so it shows as committed at the price.
    const addOn = await findFundingLineByCode(db, lead.collaborationId, ADD_ON_LINE);
    const startedAddOns = addOn ? await countStartedOnLine(db, lead.collaborationId, addOn.id, y) : 0;
    const paidAddOns = y < year ? startedAddOns : Math.max(0, startedAddOns - 1);
    if (paidAddOns > 0)
      await recordSpending(db, lead, ADD_ON_LINE, {
        year: y,
        category: 'trajectories',
        status: 'spent',
        amountCents: paidAddOns * 150_000,
        bookedOn: y < year ? `${y}-12-15` : today,
        description: `Bijschakeltrajecten (${paidAddOns} × € 1.500)`,
      });
    await spend(VOLUNTEERS_LINE, 'staffModules', 2_300_000, 'Coördinatie vrijwilligers');
  }
  // Demo numbers, not official statistics: an administrator imports the real ones per year.
  await importZoneData(
    db,
    lead,
    year,
    'zone_code,population_under_25,deprivation_index\nelz57,36000,1.05\nelz29,27000,0.92\nelz9,31000,1.10\nelz36,40000,1.02\nelz13,95000,1.25\n',
  );
  return { accounts };
}
