// One family, one plan (R17): versioned, never silently overwritten, agreed by the family, and
// printed for the family without anything kept from it (R28).
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanContentDto } from '../../src/contracts/plans';
import { todayIso } from '../../src/domain/dates';
import { mergePlans } from '../../src/domain/family-plan';
import { assign, planBody, startedFamily } from '../support/journey';
import { pdfText } from '../support/pdf-text';
import { type Session, setupTestApp } from '../support/test-app';

const t = await setupTestApp();
let desk: Session;
let worker: Session;
let coach: Session;
let familyId: string;
const plan = () => `/api/v1/families/${familyId}/plan`;

beforeAll(async () => {
  const tenant = await t.createTenant();
  desk = await tenant.as('coordinator');
  worker = await tenant.as('liaisonWorker');
  coach = await tenant.as('coach');
  ({ familyId } = await startedFamily(desk));
  await assign(desk, familyId, worker);
  await assign(desk, familyId, coach);
});

describe('writing the plan', () => {
  it('starts empty, then saves the first version with goals in the family’s words', async () => {
    expect((await worker.get(plan())).body).toEqual({
      familyId,
      current: null,
      versions: [],
      mergedPlans: [],
    });
    const saved = await worker.put(plan(), planBody());
    expect(saved.status).toBe(200);
    expect(saved.body.current).toMatchObject({
      version: 1,
      savedBy: worker.user.displayName,
      agreement: null,
    });
    expect(saved.body.current.content.goals.map((g: { familyWords: string }) => g.familyWords)).toEqual([
      'Dat Testkind weer graag naar school gaat',
      'Rust aan tafel bij het avondeten',
    ]);
    expect(saved.body.current.content.goals[0].professionalWording).toBe(
      'Schoolherstel na langdurige afwezigheid',
    );
  });

  it('saves each change as a new version; every version reads back as it was and compares', async () => {
    const v1 = (await worker.get(plan())).body.current.content as PlanContentDto;
    const next: PlanContentDto = {
      ...v1,
      goals: v1.goals.map((g) => (g.id === 'goal-calm' ? { ...g, status: 'partlyReached' } : g)),
      evaluations: [
        {
          id: 'eval-1',
          goalId: 'goal-calm',
          on: todayIso(),
          by: 'family',
          scale: 6,
          note: 'Twee avonden zonder ruzie',
        },
        { id: 'eval-2', goalId: 'goal-calm', on: todayIso(), by: 'worker', scale: 5, note: null },
      ],
      worries: [],
    };
    const saved = await worker.put(plan(), { baseVersion: 1, content: next, changeNote: 'Evaluatie' });
    expect(saved.body.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const first = await worker.get(`${plan()}/versions/1`);
    expect(first.body.content.worries).toEqual([{ id: 'worry-sleep', text: 'Testkind slaapt slecht' }]);
    const diff = await worker.get(`${plan()}/compare?from=1&to=2`);
    expect(diff.status).toBe(200);
    expect(diff.body.changes.goals.changed.map((c: { after: { status: string } }) => c.after.status)).toEqual(
      ['partlyReached'],
    );
    expect(diff.body.changes.goals.changed[0].fields).toEqual([
      { field: 'status', before: 'open', after: 'partlyReached' },
    ]);
    expect(diff.body.changes.evaluations.added).toHaveLength(2);
    expect(diff.body.changes.worries.removed.map((w: { text: string }) => w.text)).toEqual([
      'Testkind slaapt slecht',
    ]);
    expect((await worker.get(`${plan()}/versions/9`)).status).toBe(404);
  });

  it('folds in another service’s help plan as goals and actions owned by that service', async () => {
    const current = (await worker.get(plan())).body.current;
    const content: PlanContentDto = {
      ...current.content,
      helpPlans: [{ id: 'hp-cgg', organisation: 'CGG Voorbeeld', title: 'Behandelplan' }],
      goals: [
        ...current.content.goals,
        {
          id: 'goal-cgg',
          familyWords: 'Minder angst',
          professionalWording: null,
          status: 'open',
          helpPlanId: 'hp-cgg',
        },
      ],
      actions: [
        ...current.content.actions,
        {
          id: 'action-cgg',
          description: 'Wekelijkse sessie',
          goalId: 'goal-cgg',
          owner: { kind: 'organisation', name: 'CGG Voorbeeld' },
          dueOn: null,
          doneOn: null,
          helpPlanId: 'hp-cgg',
        },
      ],
    };
    const saved = await worker.put(plan(), { baseVersion: current.version, content });
    expect(saved.status).toBe(200);
    expect(saved.body.current.content.actions.at(-1).owner).toEqual({
      kind: 'organisation',
      name: 'CGG Voorbeeld',
    });
  });

  it('refuses references to goals that are not in the plan, and a save that changes nothing', async () => {
    const current = (await worker.get(plan())).body.current;
    const broken = {
      ...current.content,
      evaluations: [{ goalId: 'goal-gone', on: todayIso(), by: 'family', scale: 3 }],
    };
    const res = await worker.put(plan(), { baseVersion: current.version, content: broken });
    expect([res.status, res.body.error.code, res.body.error.details[0].field]).toEqual([
      422,
      'PLAN_REFERENCE_UNKNOWN',
      'content.evaluations.0.goalId',
    ]);
    const same = await worker.put(plan(), { baseVersion: current.version, content: current.content });
    expect(same.body.error.code).toBe('PLAN_UNCHANGED');
  });
});

describe('two people editing at once', () => {
  it('the second save on the same version gets 409 with the current version, merges and saves', async () => {
    const base = (await worker.get(plan())).body.current;
    const mine: PlanContentDto = {
      ...base.content,
      strengths: [...base.content.strengths, { id: 'strength-coach', text: 'Vader kookt graag' }],
    };
    const theirs: PlanContentDto = {
      ...base.content,
      goals: base.content.goals.map((g: PlanContentDto['goals'][number]) =>
        g.id === 'goal-school' ? { ...g, familyWords: 'Elke dag naar school' } : g,
      ),
    };
    expect((await worker.put(plan(), { baseVersion: base.version, content: theirs })).status).toBe(200);
    const conflict = await coach.put(plan(), { baseVersion: base.version, content: mine });
    expect(conflict.status).toBe(409);
    expect(conflict.body.error.code).toBe('PLAN_VERSION_CONFLICT');
    expect(conflict.body.error.details.currentVersion).toBe(base.version + 1);
    expect(conflict.body.error.details.current.savedBy).toBe(worker.user.displayName);
    // Nothing was overwritten: the worker's goal stays, and the coach's draft is not in it.
    const now = (await coach.get(plan())).body.current;
    expect(now.content.goals[0].familyWords).toBe('Elke dag naar school');
    expect(now.content.strengths).toHaveLength(1);
    // The coach merges the draft with the current version and saves on top of it.
    const { merged, conflicts } = mergePlans(base.content, conflict.body.error.details.current.content, mine);
    expect(conflicts).toEqual([]);
    const saved = await coach.put(plan(), {
      baseVersion: conflict.body.error.details.currentVersion,
      content: merged,
    });
    expect(saved.status).toBe(200);
    expect(saved.body.current.content.goals[0].familyWords).toBe('Elke dag naar school');
    expect(saved.body.current.content.strengths.map((s: { text: string }) => s.text)).toContain(
      'Vader kookt graag',
    );
  });

  it('of two saves sent at the same moment exactly one wins', async () => {
    const base = (await worker.get(plan())).body.current;
    const edit = (text: string) => ({
      baseVersion: base.version,
      content: { ...base.content, worries: [{ id: `w-${text}`, text }] },
    });
    const results = await Promise.all([worker.put(plan(), edit('een')), coach.put(plan(), edit('twee'))]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const rows = await t.db.execute(
      sql`select count(*)::int as n from family_plan_versions where family_id = ${familyId} and version = ${base.version + 1}`,
    );
    expect((rows.rows[0] as { n: number }).n).toBe(1);
  });
});

describe('the family’s agreement', () => {
  it('is recorded on a version: who, when, how — once', async () => {
    const url = `${plan()}/versions/1/agreement`;
    const body = {
      agreedOn: todayIso(),
      agreedBy: ['Testouder Voorbeeld', 'Testkind'],
      method: 'signedOnPaper',
    };
    const res = await worker.post(url, body);
    expect(res.status).toBe(200);
    const v1 = res.body.versions.find((v: { version: number }) => v.version === 1);
    expect(v1.agreement).toMatchObject({ ...body, recordedBy: worker.user.displayName });
    expect((await worker.post(url, body)).status).toBe(409);
    const future = await worker.post(`${plan()}/versions/2/agreement`, { ...body, agreedOn: '2099-01-01' });
    expect(future.body.error.code).toBe('AGREEMENT_IN_FUTURE');
  });
});

describe('what the family sees (R16, R28)', () => {
  const secret = 'De buurvrouw vertelde in vertrouwen over de vader';
  beforeAll(async () => {
    const contact = (note: string, hiddenFromFamily?: string) =>
      worker.post(`/api/v1/families/${familyId}/contacts`, {
        kind: 'homeVisit',
        occurredOn: todayIso(),
        durationMinutes: 60,
        participants: ['Testouder'],
        note,
        hiddenFromFamily,
      });
    expect((await contact('Samen het plan overlopen aan de keukentafel')).status).toBe(201);
    expect((await contact(secret, 'thirdPartyConfidential')).status).toBe(201);
    expect((await contact('Verslag voor de jeugdrechter', 'forCourts')).status).toBe(201);
  });

  it('the family view leaves out every note kept from the family', async () => {
    const view = await worker.get(`/api/v1/families/${familyId}/family-view`);
    expect(view.status).toBe(200);
    expect(view.body.contacts.map((c: { note: string }) => c.note)).toEqual([
      'Samen het plan overlopen aan de keukentafel',
    ]);
    expect(JSON.stringify(view.body)).not.toContain('vertrouwen');
    expect(JSON.stringify(view.body)).not.toContain('jeugdrechter');
    expect(view.body.plan.version).toBeGreaterThan(1);
    // The professionals still see everything, marked.
    const all = await worker.get(`/api/v1/families/${familyId}/contacts`);
    expect(all.body.map((c: { hiddenFromFamily: string | null }) => c.hiddenFromFamily).sort()).toEqual(
      ['forCourts', 'thirdPartyConfidential', null].sort(),
    );
  });

  it('prints the plan as a Dutch PDF with the family’s words, and nothing kept from it', async () => {
    const print = (query = '') =>
      t.app.inject({
        method: 'GET',
        url: `/api/v1/families/${familyId}/plan.pdf${query}`,
        headers: { cookie: worker.cookie },
      });
    const res = await print();
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(String(res.headers['content-disposition'])).toMatch(/gezinsplan-voorbeeld-v\d+\.pdf/);
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(res.rawPayload);
    expect(text).toContain('Ons gezinsplan');
    expect(text).toContain('Elke dag naar school');
    expect(text).toContain('In de woorden van de hulpverlening: Schoolherstel na langdurige afwezigheid');
    expect(text).toContain('Oma springt bij op woensdag');
    expect(text).toContain('Samen het plan overlopen aan de keukentafel');
    expect(text).not.toContain('buurvrouw');
    expect(text).not.toContain('jeugdrechter');
    expect(pdfText((await print('?lang=en')).rawPayload)).toContain('Our family plan');
    const printed = await t.db.execute(
      sql`select count(*)::int as n from audit_events where family_id = ${familyId} and action = 'print'`,
    );
    expect((printed.rows[0] as { n: number }).n).toBe(2);
  });
});
