// Factories for the family's journey: a started referral with its family, workers assigned,
// a plan with goals — obviously fictional people, overridable where a test is about them.
import type { SavePlanBody } from '../../src/contracts/plans';
import { addDays } from '../../src/domain/dates';
import { systemClock } from '../../src/server/platform/clock/system-clock';
import { referralBody } from './factories';
import type { Session } from './test-app';

/** A referral registered and started by the desk; its family is the file under test. */
export async function startedFamily(desk: Session, overrides: Parameters<typeof referralBody>[0] = {}) {
  const referral = await desk.post('/api/v1/referrals', referralBody(overrides));
  if (referral.status !== 201) throw new Error(`referral: ${referral.status} ${referral.text}`);
  const decided = await desk.post(`/api/v1/referrals/${referral.body.id}/decision`, {
    outcome: 'started',
    decidedOn: referral.body.receivedOn,
  });
  if (decided.status !== 200) throw new Error(`decision: ${decided.status} ${decided.text}`);
  return { referralId: referral.body.id as string, familyId: referral.body.familyId as string };
}

export async function assign(desk: Session, familyId: string, worker: Session, fromOn?: string) {
  const res = await desk.post(`/api/v1/families/${familyId}/assignments`, { userId: worker.user.id, fromOn });
  if (res.status !== 200) throw new Error(`assign: ${res.status} ${res.text}`);
  return res.body;
}

/** A plan with two goals in the family's words, a strength, a worry and an action on the first goal. */
export function planBody(overrides: Partial<SavePlanBody> = {}, today = systemClock.today()): SavePlanBody {
  return {
    baseVersion: 0,
    changeNote: 'Eerste versie, samen met het gezin',
    content: {
      goals: [
        {
          id: 'goal-school',
          familyWords: 'Dat Testkind weer graag naar school gaat',
          professionalWording: 'Schoolherstel na langdurige afwezigheid',
          status: 'open',
        },
        { id: 'goal-calm', familyWords: 'Rust aan tafel bij het avondeten', status: 'open' },
      ],
      strengths: [{ id: 'strength-grandma', text: 'Oma springt bij op woensdag' }],
      worries: [{ id: 'worry-sleep', text: 'Testkind slaapt slecht' }],
      actions: [
        {
          id: 'action-clb',
          description: 'Afspraak maken met het CLB',
          goalId: 'goal-school',
          owner: { kind: 'familyMember', name: 'Testouder' },
          dueOn: addDays(today, 21),
        },
      ],
      evaluations: [],
      helpPlans: [],
    },
    ...overrides,
  } as SavePlanBody;
}
