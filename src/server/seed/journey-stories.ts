// Fictional plans and notes for the demo families' journeys. Any likeness to real families is
// unintended; none of the people or services of the source documents is named.
import type { SavePlanBody } from '../../contracts/plans';

type GoalSeed = { words: string; professional?: string; status?: 'open' | 'reached' | 'partlyReached' };
type ActionSeed = {
  what: string;
  kind: 'familyMember' | 'network' | 'professional' | 'organisation';
  who: string;
  dueIn?: number;
  goal?: number;
};

export type PlanStory = {
  goals: GoalSeed[];
  strengths: string[];
  worries: string[];
  actions: ActionSeed[];
  helpPlan?: { organisation: string; title: string; goal: string; action: string };
};

export const PLAN_STORIES: PlanStory[] = [
  {
    goals: [
      {
        words: 'Dat onze zoon weer elke dag naar school gaat',
        professional: 'Schoolherstel na langdurige afwezigheid',
      },
      { words: 'Minder ruzie aan tafel', professional: 'Versterken van de communicatie in het gezin' },
    ],
    strengths: ['Oma komt elke woensdag helpen', 'Vader kookt graag met de kinderen'],
    worries: ['Onze zoon slaapt slecht sinds de verhuis'],
    actions: [
      {
        what: 'Afspraak maken met de leerkracht en het CLB',
        kind: 'familyMember',
        who: 'Moeder',
        dueIn: 3,
        goal: 0,
      },
      {
        what: 'Samen een weekschema maken voor de ochtend',
        kind: 'professional',
        who: 'Verbindingsmedewerker',
        dueIn: 10,
        goal: 0,
      },
      { what: 'Elke zondag samen koken', kind: 'network', who: 'Oma', goal: 1 },
    ],
  },
  {
    goals: [
      { words: 'Rust in huis nu de schulden geregeld worden', professional: 'Financiële stabiliteit' },
      { words: 'Dat onze oudste weer kind kan zijn', professional: 'Parentificatie verminderen' },
    ],
    strengths: ['De buurvrouw past op de jongsten', 'Moeder zoekt zelf hulp'],
    worries: ['De huur is drie maanden achter', 'De oudste zorgt te veel voor de jongsten'],
    actions: [
      {
        what: 'Budgetbegeleiding aanvragen',
        kind: 'organisation',
        who: 'Sociaal Huis Scheldeoever',
        dueIn: 5,
        goal: 0,
      },
      {
        what: 'Oudste inschrijven bij de jeugdbeweging',
        kind: 'familyMember',
        who: 'Vader',
        dueIn: 14,
        goal: 1,
      },
    ],
    helpPlan: {
      organisation: 'CAW Oost-Waas',
      title: 'Begeleidingsplan schuldhulp',
      goal: 'Een afbetalingsplan dat we volhouden',
      action: 'Maandelijks gesprek over het budget',
    },
  },
  {
    goals: [
      { words: 'Samen een plan voor als het misloopt', professional: 'Veiligheidsplan na crisis' },
      {
        words: 'Dat onze dochter weer met vriendinnen afspreekt',
        professional: 'Sociaal netwerk van de jongere versterken',
      },
    ],
    strengths: ['Onze dochter tekent en dat helpt haar', 'De hele familie wil meewerken'],
    worries: ['Wachten op de kinderpsychiater duurt lang'],
    actions: [
      {
        what: 'Veiligheidsplan op de koelkast hangen',
        kind: 'familyMember',
        who: 'Moeder',
        dueIn: 2,
        goal: 0,
      },
      { what: 'Tekenatelier van de academie bezoeken', kind: 'network', who: 'Tante', dueIn: 20, goal: 1 },
    ],
    helpPlan: {
      organisation: 'CGG De Brug',
      title: 'Behandelplan jongere',
      goal: 'Minder angst voor school',
      action: 'Wekelijkse therapiesessie',
    },
  },
  {
    goals: [
      { words: 'Voorbereid zijn als de baby er is', professional: 'Ondersteuning rond de geboorte' },
      { words: 'Iemand hebben om op terug te vallen', professional: 'Informeel netwerk uitbreiden' },
    ],
    strengths: ['Moeder is goed georganiseerd', 'Een vriendin wil mee naar de vroedvrouw'],
    worries: ['Alleen staan na de bevalling'],
    actions: [
      {
        what: 'Kennismaking met Gezinszorg Thuis+',
        kind: 'organisation',
        who: 'Gezinszorg Thuis+',
        dueIn: 6,
        goal: 0,
      },
      {
        what: 'Inschrijven bij het Huis van het Kind',
        kind: 'familyMember',
        who: 'Moeder',
        dueIn: 12,
        goal: 1,
      },
    ],
  },
];

export const CONTACT_NOTES = [
  'Huisbezoek: samen het gezinsplan overlopen aan de keukentafel.',
  'Telefoon met moeder: de ochtenden lopen vlotter met het nieuwe schema.',
  'Netwerkoverleg met oma, de leerkracht en de CLB-medewerker.',
  'Gesprek op kantoor met beide ouders over wat al lukt.',
  'Videogesprek: korte opvolging, het gaat wat beter op school.',
];

/** R28: a note that never reaches the family's view or its printed plan. */
export const CONFIDENTIAL_NOTE =
  'De buurvrouw vertelde in vertrouwen over spanningen tussen de ouders; niet delen met het gezin.';

const offsetDate = (today: string, days: number) => {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** A story as the plan's first version; ids are chosen here so evaluations can refer to goals. */
export function planFromStory(story: PlanStory, today: string, seed: string, shift = 0): SavePlanBody {
  const goalId = (i: number) => `${seed}-goal-${i}`;
  const helpPlanId = `${seed}-helpplan`;
  const goals = story.goals.map((g, i) => ({
    id: goalId(i),
    familyWords: g.words,
    professionalWording: g.professional ?? null,
    status: g.status ?? ('open' as const),
  }));
  const actions = story.actions.map((a, i) => ({
    id: `${seed}-action-${i}`,
    description: a.what,
    goalId: a.goal === undefined ? null : goalId(a.goal),
    owner: { kind: a.kind, name: a.who },
    dueOn: a.dueIn === undefined ? null : offsetDate(today, a.dueIn + shift),
  }));
  const hp = story.helpPlan;
  return {
    baseVersion: 0,
    changeNote: 'Eerste versie, samen met het gezin opgesteld',
    content: {
      goals: hp
        ? [
            ...goals,
            {
              id: `${seed}-goal-hp`,
              familyWords: hp.goal,
              professionalWording: null,
              status: 'open',
              helpPlanId,
            },
          ]
        : goals,
      strengths: story.strengths.map((text, i) => ({ id: `${seed}-strength-${i}`, text })),
      worries: story.worries.map((text, i) => ({ id: `${seed}-worry-${i}`, text })),
      actions: hp
        ? [
            ...actions,
            {
              id: `${seed}-action-hp`,
              description: hp.action,
              goalId: `${seed}-goal-hp`,
              owner: { kind: 'organisation', name: hp.organisation },
              dueOn: null,
              helpPlanId,
            },
          ]
        : actions,
      evaluations: [],
      helpPlans: hp ? [{ id: helpPlanId, organisation: hp.organisation, title: hp.title }] : [],
    },
  };
}
