// R17, one family, one plan — also after a second referral: two files of one family, each with
// its own plan and journey, merge into one file with one plan version that the family agrees to
// anew. Nothing is lost (every row that pointed at either file is still there), the merge is
// audited on both files, and a refused merge changes nothing.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayIso } from '../../src/domain/dates';
import { FAMILY_REFERENCES } from '../../src/server/modules/merging';
import { referralBody } from '../support/factories';
import { assign, planBody } from '../support/journey';
import { type Session, setupTestApp } from '../support/test-app';

const t = await setupTestApp();
const today = todayIso();
let tenant: Awaited<ReturnType<typeof t.createTenant>>;
let desk: Session;
let worker: Session;
let coachWorkerId: string;
let births = 0;

beforeAll(async () => {
  tenant = await t.createTenant();
  desk = await tenant.as('coordinator');
  worker = await tenant.as('liaisonWorker');
  const lead = await tenant.as('leadPartner');
  const team = await lead.post('/api/v1/team/workers', {
    displayName: 'Anouk Coach',
    function: 'familyCoach',
    zoneCode: 'elz57',
    homeOrganisationId: tenant.clb.id,
    fteTeam: 20,
    fteHomeOrganisation: 80,
    secondmentStart: '2025-01-01',
  });
  expect(team.status, team.text).toBe(201);
  coachWorkerId = team.body.workers[0].id;
});

type Column = keyof typeof FAMILY_REFERENCES;
const rows = (result: { rows: unknown[] }) => result.rows as Record<string, unknown>[];

/** Every foreign key column to families, read from PostgreSQL's catalog. */
async function familyReferences(): Promise<string[]> {
  const result = await t.db.execute(sql`
    select c.conrelid::regclass::text || '.' || a.attname as col
      from pg_constraint c
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
     where c.contype = 'f' and c.confrelid = 'families'::regclass
     order by 1`);
  return rows(result).map((r) => String(r.col));
}

/** How many rows of each referencing column point at each file. */
async function census(ids: string[]) {
  const out: Record<string, Record<string, number>> = {};
  for (const column of Object.keys(FAMILY_REFERENCES)) {
    const [table, col] = column.split('.') as [string, string];
    const result = await t.db.execute(
      sql`select ${sql.identifier(col)}::text as id, count(*)::int as n from ${sql.identifier(table)}
           where ${sql.identifier(col)} in (${sql.join(
             ids.map((id) => sql`${id}::uuid`),
             sql`, `,
           )}) group by 1`,
    );
    out[column] = Object.fromEntries(ids.map((id) => [id, 0]));
    for (const r of rows(result)) (out[column] as Record<string, number>)[String(r.id)] = Number(r.n);
  }
  return out;
}

/** A family's file opened by a referral, started, with a worker, a plan agreed and a journey. */
async function fileWithJourney(members: { givenName: string; familyName: string; birthDate: string }) {
  const referral = await desk.post(
    '/api/v1/referrals',
    referralBody({
      family: {
        municipalityNis: '46021',
        members: [
          { role: 'child', ...members },
          { role: 'parent', givenName: 'Testouder', familyName: members.familyName },
        ],
      },
    }),
  );
  expect(referral.status, referral.text).toBe(201);
  const { id: referralId, familyId } = referral.body;
  await desk.post(`/api/v1/referrals/${referralId}/decision`, {
    outcome: 'started',
    decidedOn: referral.body.receivedOn,
  });
  await assign(desk, familyId, worker);
  return { referralId: referralId as string, familyId: familyId as string, referral: referral.body };
}

async function planAgreed(familyId: string, prefix: string) {
  const body = planBody();
  const content = {
    ...body.content,
    goals: body.content.goals.map((g) => ({ ...g, id: `${prefix}-${g.id}` })),
    strengths: body.content.strengths.map((s) => ({ ...s, id: `${prefix}-${s.id}` })),
    worries: body.content.worries.map((w) => ({
      ...w,
      id: `${prefix}-${w.id}`,
      text: `${prefix}: ${w.text}`,
    })),
    actions: body.content.actions.map((a) => ({
      ...a,
      id: `${prefix}-${a.id}`,
      goalId: `${prefix}-${a.goalId}`,
    })),
  };
  const saved = await worker.put(`/api/v1/families/${familyId}/plan`, { ...body, content });
  expect(saved.status, saved.text).toBe(200);
  const agreed = await worker.post(`/api/v1/families/${familyId}/plan/versions/1/agreement`, {
    agreedOn: today,
    agreedBy: ['Testouder'],
    method: 'inConversation',
  });
  expect(agreed.status, agreed.text).toBe(200);
  return content;
}

async function journey(familyId: string, kind: 'shortTerm' | 'handover') {
  const started = await worker.post(`/api/v1/families/${familyId}/trajectories`, {
    fundingLine: 'regular',
    kind,
    startedOn: addDays(today, -20),
    ...(kind === 'handover'
      ? { handover: { receivingServices: [{ organisation: 'CGG Voorbeeld' }], conversationParticipants: [] } }
      : {}),
  });
  expect(started.status, started.text).toBe(201);
  const trajectoryId = started.body.id as string;
  const contact = await worker.post(`/api/v1/families/${familyId}/contacts`, {
    kind: 'phone',
    occurredOn: addDays(today, -3),
    durationMinutes: 20,
    trajectoryId,
  });
  expect(contact.status, contact.text).toBe(201);
  if (kind === 'handover') {
    const meeting = await worker.post(`/api/v1/trajectories/${trajectoryId}/meetings`, {
      plannedOn: addDays(today, -2),
      participants: ['gezin', 'CGG'],
    });
    expect(meeting.status, meeting.text).toBe(200);
  }
  return trajectoryId;
}

async function decisionAndMatch(familyId: string, referralId: string, withMatch: boolean) {
  await t.db.execute(sql`
    insert into assignment_decisions (collaboration_id, family_id, referral_id, worker_id, worker_name,
      is_override, candidates, decided_on, decided_by, decided_by_name)
    values (${tenant.collaboration.id}, ${familyId}, ${referralId}, ${coachWorkerId}, 'Anouk Coach',
      false, '[]'::jsonb, ${today}, ${desk.user.id}, 'Test')`);
  if (withMatch)
    await t.db.execute(sql`
      insert into coach_matches (collaboration_id, family_id, coach_worker_id, referral_id, matched_on,
        matched_by, matched_by_name)
      values (${tenant.collaboration.id}, ${familyId}, ${coachWorkerId}, ${referralId}, ${today},
        ${desk.user.id}, 'Test')`);
}

const auditOf = async (familyId: string) =>
  rows(
    await t.db.execute(
      sql`select action, entity_id, family_id::text, details from audit_events where family_id = ${familyId} order by id`,
    ),
  );

describe('R17: the database keeps the merge complete', () => {
  it('every foreign key to families is handled by the merge', async () => {
    expect(await familyReferences()).toEqual(Object.keys(FAMILY_REFERENCES).sort());
  });
});

describe('R17: a second referral of the same family, each file with its own plan and journey', () => {
  let first: Awaited<ReturnType<typeof fileWithJourney>>;
  let second: Awaited<ReturnType<typeof fileWithJourney>>;
  let firstPlan: Awaited<ReturnType<typeof planAgreed>>;
  let secondPlan: Awaited<ReturnType<typeof planAgreed>>;
  let trajectories: string[];

  beforeAll(async () => {
    births += 1;
    const child = { givenName: 'Mila', familyName: 'Samenvoeger', birthDate: `2015-02-0${births}` };
    first = await fileWithJourney(child);
    second = await fileWithJourney(child);
    expect(second.referral.duplicateReview).toBe('pending'); // flagged, but a file of its own
    firstPlan = await planAgreed(first.familyId, 'a');
    secondPlan = await planAgreed(second.familyId, 'b');
    trajectories = [await journey(first.familyId, 'shortTerm'), await journey(second.familyId, 'handover')];
    await t.db.execute(sql`
      insert into family_care_weeks (collaboration_id, trajectory_id, week, minutes, recorded_by, recorded_by_name)
      values (${tenant.collaboration.id}, ${trajectories[1]}, 1, 60, ${worker.user.id}, 'Test')`);
    await worker.post(`/api/v1/families/${second.familyId}/network`, {
      kind: 'informal',
      name: 'Buurvrouw Test',
      relation: 'buur',
    });
    await decisionAndMatch(first.familyId, first.referralId, false);
    await decisionAndMatch(second.familyId, second.referralId, true);
  });

  it('merges from the duplicate review: one file, one new plan version to agree, nothing lost', async () => {
    const ids = [first.familyId, second.familyId];
    const before = await census(ids);

    const linked = await desk.post(`/api/v1/referrals/${second.referralId}/duplicate-review`, {
      action: 'link',
      familyId: first.familyId,
    });
    expect(linked.status, linked.text).toBe(200);
    expect(linked.body).toMatchObject({ familyId: first.familyId, duplicateReview: 'linked' });

    // Nothing lost: every row that pointed at either file is still there, the moved ones now
    // at the surviving file.
    const after = await census(ids);
    for (const [column, rule] of Object.entries(FAMILY_REFERENCES)) {
      const total = (c: typeof before) =>
        (c[column]?.[first.familyId] ?? 0) + (c[column]?.[second.familyId] ?? 0);
      expect(total(after), column).toBeGreaterThanOrEqual(total(before));
      if (rule === 'moves') expect(after[column]?.[second.familyId], column).toBe(0);
    }
    expect(after['trajectories.family_id' as Column]?.[first.familyId]).toBe(2);
    expect(after['referrals.family_id' as Column]?.[first.familyId]).toBe(2);
    expect(after['coach_matches.family_id' as Column]?.[first.familyId]).toBe(1);
    expect(after['assignment_decisions.family_id' as Column]?.[first.familyId]).toBe(2);
    expect(after['coordination_meetings.family_id' as Column]?.[first.familyId]).toBe(1);

    // One file: the same people once, the network of both, the journey of both.
    const file = await worker.get(`/api/v1/families/${first.familyId}`);
    expect(file.status, file.text).toBe(200);
    expect(file.body.members).toHaveLength(2);
    expect(file.body.network.map((n: { name: string }) => n.name)).toContain('Buurvrouw Test');
    const listed = await worker.get(`/api/v1/families/${first.familyId}/trajectories`);
    expect(listed.body.map((x: { id: string }) => x.id).sort()).toEqual([...trajectories].sort());
    const contacts = await worker.get(`/api/v1/families/${first.familyId}/contacts`);
    expect(contacts.body.contacts ?? contacts.body).toHaveLength(2);

    // One plan: a new version with every item of both, and the family has not agreed to it yet.
    const plan = await worker.get(`/api/v1/families/${first.familyId}/plan`);
    expect(plan.body.current).toMatchObject({
      version: 2,
      agreement: null,
      mergedFrom: { familyId: second.familyId, version: 1 },
    });
    const idsOf = (items: { id: string }[]) => items.map((i) => i.id);
    for (const section of ['goals', 'strengths', 'worries', 'actions'] as const)
      expect(idsOf(plan.body.current.content[section])).toEqual([
        ...idsOf(firstPlan[section]),
        ...idsOf(secondPlan[section]),
      ]);
    // History kept: both old versions, with their agreement, stay readable.
    expect(plan.body.versions.find((v: { version: number }) => v.version === 1).agreement).not.toBeNull();
    expect(plan.body.mergedPlans).toEqual([
      { familyId: second.familyId, versions: [expect.objectContaining({ version: 1 })] },
    ]);
    const old = await worker.get(
      `/api/v1/families/${first.familyId}/plan/versions/1?mergedFamilyId=${second.familyId}`,
    );
    expect(old.status, old.text).toBe(200);
    expect(idsOf(old.body.content.goals)).toEqual(idsOf(secondPlan.goals));
    expect(old.body.agreement).toMatchObject({ agreedBy: ['Testouder'] });

    // The merged file is kept and points at the surviving one.
    const merged = await worker.get(`/api/v1/families/${second.familyId}`);
    expect([merged.status, merged.body.error.code, merged.body.error.details]).toEqual([
      409,
      'FAMILY_MERGED',
      { familyId: second.familyId, mergedIntoId: first.familyId },
    ]);

    // Audited on both files, and the trail of the merged file is part of the survivor's.
    expect(await auditOf(first.familyId)).toContainEqual(
      expect.objectContaining({
        action: 'merge',
        details: expect.objectContaining({ mergedFamilyId: second.familyId }),
      }),
    );
    expect(await auditOf(second.familyId)).toContainEqual(
      expect.objectContaining({ action: 'merge', details: { mergedIntoId: first.familyId } }),
    );
    const trail = await desk.get(`/api/v1/families/${first.familyId}/audit`);
    const plansSaved = trail.body.items.filter(
      (e: { action: string; entityType: string }) => e.action === 'create' && e.entityType === 'familyPlan',
    );
    expect(plansSaved.map((e: { entityId: string }) => e.entityId).sort()).toEqual([...ids].sort());
  });

  it('a second merge of the merged file, a merge into itself or of another collaboration’s file is refused and changes nothing', async () => {
    const third = await fileWithJourney({ givenName: 'Noor', familyName: 'Anders', birthDate: '2013-01-01' });
    const stranger = await (await t.createTenant()).as('coordinator');
    const foreign = await stranger.post('/api/v1/referrals', referralBody());
    const ids = [first.familyId, second.familyId, third.familyId, foreign.body.familyId];
    const before = [await census(ids), await auditOf(third.familyId)];

    const merge = (into: string, from: string, as = desk) =>
      as.post(`/api/v1/families/${into}/merge`, { mergeFamilyId: from });
    const again = await merge(first.familyId, second.familyId);
    expect([again.status, again.body.error.code]).toEqual([409, 'FAMILY_MERGED']);
    const intoMerged = await merge(second.familyId, third.familyId);
    expect([intoMerged.status, intoMerged.body.error.details?.mergedIntoId]).toEqual([409, first.familyId]);
    const self = await merge(third.familyId, third.familyId);
    expect([self.status, self.body.error.code, self.body.error.details[0].field]).toEqual([
      422,
      'FAMILY_MERGE_SAME',
      'mergeFamilyId',
    ]);
    const other = await merge(third.familyId, foreign.body.familyId);
    expect([other.status, other.body.error.code]).toEqual([422, 'FAMILY_NOT_FOUND']);
    expect((await merge(foreign.body.familyId, third.familyId)).status).toBe(404);
    expect(
      (
        await stranger.post(`/api/v1/families/${foreign.body.familyId}/merge`, {
          mergeFamilyId: third.familyId,
        })
      ).body.error.code,
    ).toBe('FAMILY_NOT_FOUND');
    const notCoordinator = await merge(third.familyId, first.familyId, worker);
    expect(notCoordinator.status).toBe(403);
    const junk = await desk.post(`/api/v1/families/${third.familyId}/merge`, { mergeFamilyId: 'x' });
    expect(junk.status).toBe(400);

    expect([await census(ids), await auditOf(third.familyId)]).toEqual(before);
  });

  it('merges directly from the family file, and refuses when both files have a running family coach', async () => {
    const third = await fileWithJourney({ givenName: 'Noor', familyName: 'Derde', birthDate: '2012-01-01' });
    await decisionAndMatch(third.familyId, third.referralId, true);
    const blocked = await desk.post(`/api/v1/families/${first.familyId}/merge`, {
      mergeFamilyId: third.familyId,
    });
    expect([blocked.status, blocked.body.error.code]).toEqual([409, 'FAMILY_MERGE_TWO_COACHES']);
    expect((await desk.get(`/api/v1/families/${third.familyId}`)).status).toBe(200);

    await t.db.execute(sql`update coach_matches set ended_on = ${today} where family_id = ${third.familyId}`);
    const merged = await desk.post(`/api/v1/families/${first.familyId}/merge`, {
      mergeFamilyId: third.familyId,
    });
    expect(merged.status, merged.text).toBe(200);
    expect(merged.body.id ?? merged.body.familyId).toBe(first.familyId);
    expect(merged.body.members.map((m: { givenName: string }) => m.givenName)).toContain('Noor');
    // Merged through an earlier merge too: the trail and the old plans stay the survivor's.
    expect((await desk.get(`/api/v1/families/${third.familyId}`)).body.error.details.mergedIntoId).toBe(
      first.familyId,
    );
  });
});

describe('R17: two coordinators merging the same two files at once', () => {
  it('one merge wins, the other is refused, and the files are not corrupted', async () => {
    births += 1;
    const x = await fileWithJourney({ givenName: 'Gelijk', familyName: 'Tijdig', birthDate: '2016-06-06' });
    const y = await fileWithJourney({ givenName: 'Gelijk', familyName: 'Tijdig', birthDate: '2016-06-06' });
    const other = await tenant.as('coordinator');
    const answers = await Promise.all([
      desk.post(`/api/v1/families/${x.familyId}/merge`, { mergeFamilyId: y.familyId }),
      other.post(`/api/v1/families/${y.familyId}/merge`, { mergeFamilyId: x.familyId }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const merged = rows(
      await t.db.execute(
        sql`select count(*)::int as n from families where id in (${x.familyId}, ${y.familyId}) and merged_into_id is not null`,
      ),
    );
    expect(merged[0]?.n).toBe(1);
  });
});
