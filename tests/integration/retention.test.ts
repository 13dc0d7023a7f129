// R30: files are kept until the youngest member has turned the collaboration's retention age,
// then the daily job destroys them — the figures of past years stay as they were (ADR 047).
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CreateReferralBody } from '../../src/contracts/intake';
import { fixedClock } from '../../src/domain/clock';
import { addDays, addMonths } from '../../src/domain/dates';
import { deleteFamilyDocumentsOf } from '../../src/server/modules/documents';
import { destroyDueFiles, FAMILY_DATA_RETENTION } from '../../src/server/modules/retention';
import { deleteFamilyVoiceOf } from '../../src/server/modules/voice';
import { referralBody } from '../support/factories';
import { signInAsFamilyMember } from '../support/family-accounts';
import { assign, planBody } from '../support/journey';
import { type Session, setupTestApp } from '../support/test-app';

const t = await setupTestApp();
const today = t.clock.today();
let tenant: Awaited<ReturnType<typeof t.createTenant>>;
let desk: Session;
let worker: Session;
const rows = (result: { rows: unknown[] }) => result.rows as Record<string, unknown>[];

/** A birth date that makes someone `years` old `days` after today. */
const bornTurning = (years: number, days: number) => addDays(addMonths(today, -12 * years), days);

const files: Record<string, string> = {};
const referrals: Record<string, string> = {};

async function register(name: string, members: CreateReferralBody['family']['members'], started = true) {
  const res = await desk.post(
    '/api/v1/referrals',
    referralBody({
      receivedOn: addDays(today, -40),
      family: { municipalityNis: '46021', members },
      requestForHelp: `Hulpvraag van gezin ${name}: Geheimwoord${name}`,
    }),
  );
  expect(res.status, res.text).toBe(201);
  if (started) {
    const decided = await desk.post(`/api/v1/referrals/${res.body.id}/decision`, {
      outcome: 'started',
      decidedOn: addDays(today, -38),
    });
    expect(decided.status, decided.text).toBe(200);
  }
  files[name] = res.body.familyId;
  referrals[name] = res.body.id;
  return res.body.familyId as string;
}

beforeAll(async () => {
  tenant = await t.createTenant();
  desk = await tenant.as('coordinator');
  worker = await tenant.as('liaisonWorker');

  // Due: the youngest turned 35 yesterday. A whole journey, every kind of words about the family.
  const due = await register('Ouderdom', [
    { role: 'child', givenName: 'Jarig', familyName: 'Ouderdom', birthDate: bornTurning(35, -1) },
    { role: 'parent', givenName: 'Moeder', familyName: 'Ouderdom', birthDate: '1960-02-03' },
  ]);
  await assign(desk, due, worker);
  const plan = await worker.put(`/api/v1/families/${due}/plan`, planBody({}, today));
  expect(plan.status, plan.text).toBe(200);
  const network = await worker.post(`/api/v1/families/${due}/network`, {
    kind: 'informal',
    name: 'Oma Ouderdom',
    relation: 'grootmoeder',
    note: 'Springt bij op woensdag',
  });
  expect(network.status, network.text).toBe(200);
  const started = await worker.post(`/api/v1/families/${due}/trajectories`, {
    fundingLine: 'regular',
    kind: 'shortTerm',
    startedOn: addDays(today, -30),
  });
  expect(started.status, started.text).toBe(201);
  const contact = await worker.post(`/api/v1/families/${due}/contacts`, {
    kind: 'homeVisit',
    occurredOn: addDays(today, -20),
    durationMinutes: 60,
    participants: ['Moeder Ouderdom'],
    note: 'Huisbezoek bij Moeder Ouderdom',
    trajectoryId: started.body.id,
  });
  expect(contact.status, contact.text).toBe(201);
  const closed = await worker.post(`/api/v1/trajectories/${started.body.id}/close`, {
    closedOn: addDays(today, -2),
    reason: 'goalsReached',
    note: 'Afgesloten met Moeder Ouderdom',
    closingConversationOn: addDays(today, -2),
    familyRating: 8,
    familyWords: 'Wij zijn tevreden, Moeder Ouderdom',
    baseVersion: started.body.version,
  });
  expect(closed.status, closed.text).toBe(200);

  // Past its day too, but help still goes on: held.
  const held = await register('Lopend', [
    { role: 'child', givenName: 'Oud', familyName: 'Lopend', birthDate: bornTurning(35, -10) },
  ]);
  await assign(desk, held, worker);
  const open = await worker.post(`/api/v1/families/${held}/trajectories`, {
    fundingLine: 'regular',
    kind: 'shortTerm',
    startedOn: addDays(today, -5),
  });
  expect(open.status, open.text).toBe(201);

  // Due in 60 days; in 150 days (not shown); a young family; an anonymous start (R31).
  await register('Binnenkort', [
    { role: 'child', givenName: 'Bijna', familyName: 'Binnenkort', birthDate: bornTurning(35, 60) },
  ]);
  await register('Later', [
    { role: 'child', givenName: 'Later', familyName: 'Later', birthDate: bornTurning(35, 150) },
  ]);
  await register('Jong', [
    { role: 'child', givenName: 'Jong', familyName: 'Jong', birthDate: bornTurning(35, -5) },
    { role: 'child', givenName: 'Jongste', familyName: 'Jong', birthDate: '2015-01-01' },
  ]);
  await register('Anoniem', [{ role: 'child' }, { role: 'parent' }], false);
});

describe('R30: the coordinator sees what is due in the next 90 days', () => {
  it('lists the due, the held and the soon due files, oldest day first, and nothing else', async () => {
    const res = await desk.get('/api/v1/retention/due-files');
    expect(res.status, res.text).toBe(200);
    expect(res.body.retentionAge).toBe(35);
    expect(res.body.noticeDays).toBe(90);
    expect(
      res.body.files.map((f: { label: string; state: string; dueOn: string }) => [f.label, f.state, f.dueOn]),
    ).toEqual([
      ['Lopend', 'held', addDays(today, -10)],
      ['Ouderdom', 'due', addDays(today, -1)],
      ['Binnenkort', 'dueSoon', addDays(today, 60)],
    ]);
  });

  it('each family shown is audited as a read of the list', async () => {
    const audit = rows(
      await t.db.execute(
        sql`select family_id::text as id from audit_events where action = 'list' and details->>'list' = 'retentionDue'`,
      ),
    ).map((r) => r.id);
    expect(audit).toEqual(expect.arrayContaining([files.Lopend, files.Ouderdom, files.Binnenkort]));
    expect(audit).not.toContain(files.Jong);
  });

  it('is the coordinator’s: a liaison worker, a steering member and the administrator are refused', async () => {
    for (const role of ['liaisonWorker', 'steeringMember', 'administrator'] as const) {
      const other = await tenant.as(role);
      expect((await other.get('/api/v1/retention/due-files')).status).toBe(403);
    }
  });
});

describe('R30: the retention age is configurable per collaboration, within sane bounds', () => {
  it('35 by default; the administrator sets 40, refused below 25 or above 75, a stale save 409', async () => {
    const other = await t.createTenant();
    const admin = await other.as('administrator');
    const coordinator = await other.as('coordinator');
    const current = await admin.get('/api/v1/retention/settings');
    expect(current.body).toMatchObject({ retentionAge: 35, version: 0, minAge: 25, maxAge: 75 });

    const tooLow = await admin.put('/api/v1/retention/settings', { retentionAge: 24, baseVersion: 0 });
    expect(tooLow.status).toBe(422);
    expect(tooLow.body.error).toMatchObject({ code: 'RETENTION_AGE_OUT_OF_RANGE' });
    expect(tooLow.body.error.details[0].field).toBe('retentionAge');
    expect((await admin.put('/api/v1/retention/settings', { retentionAge: 76, baseVersion: 0 })).status).toBe(
      422,
    );

    const saved = await admin.put('/api/v1/retention/settings', { retentionAge: 40, baseVersion: 0 });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.body).toMatchObject({ retentionAge: 40, version: 1 });
    const stale = await coordinator.put('/api/v1/retention/settings', { retentionAge: 30, baseVersion: 0 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('RECORD_CHANGED');

    // A file of this collaboration whose youngest turned 35 is not due under 40.
    const res = await coordinator.post(
      '/api/v1/referrals',
      referralBody({
        family: { municipalityNis: '46021', members: [{ role: 'child', birthDate: bornTurning(35, -1) }] },
      }),
    );
    expect(res.status, res.text).toBe(201);
    const list = await coordinator.get('/api/v1/retention/due-files');
    expect(list.body.retentionAge).toBe(40);
    expect(list.body.files).toEqual([]);
    // The coordinator's own collaboration is untouched.
    expect((await desk.get('/api/v1/retention/settings')).body.retentionAge).toBe(35);
  });
});

describe('R30: the daily job destroys exactly the due files, once', () => {
  const figures = async () => {
    const from = `${Number(today.slice(0, 4)) - 1}-01-01`;
    const res = await desk.get(`/api/v1/reports/figures?from=${from}&to=${today}`);
    expect(res.status, res.text).toBe(200);
    return res.body;
  };
  let before: unknown;
  let member: Session;

  beforeAll(async () => {
    before = await figures();
    const file = await desk.get(`/api/v1/families/${files.Ouderdom}`);
    const parent = file.body.members.find((m: { role: string }) => m.role === 'parent');
    member = await signInAsFamilyMember(t, { familyId: files.Ouderdom as string, memberId: parent.id });
    expect((await member.get('/api/v1/portal/overview')).status).toBe(200);
    // A document in the file (ADR 052): its row and its bytes go with the file.
    const document = await desk.post(`/api/v1/families/${files.Ouderdom}/documents`, {
      title: 'Brief aan Ouderdom',
      fileName: 'brief.pdf',
      contentBase64: Buffer.from('%PDF-1.4\n% Ouderdom\n').toString('base64'),
    });
    expect(document.status, document.text).toBe(201);
    documentId = document.body.id;
  });
  let documentId: string;

  it('every foreign key to families says what destruction does with it', async () => {
    const result = await t.db.execute(sql`
      select c.conrelid::regclass::text || '.' || a.attname as col
        from pg_constraint c
        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
       where c.contype = 'f' and c.confrelid = 'families'::regclass
       order by 1`);
    expect(rows(result).map((r) => String(r.col))).toEqual(Object.keys(FAMILY_DATA_RETENTION).sort());
  });

  it('destroys the due file, and neither the held one nor the others; a second run destroys nothing', async () => {
    const first = await destroyDueFiles(t.db, fixedClock(today), [
      deleteFamilyVoiceOf,
      deleteFamilyDocumentsOf,
    ]);
    expect(first).toEqual({ destroyed: 1 });
    const destroyed = rows(
      await t.db.execute(
        sql`select id::text as id, destroyed_on::text as on from families where destroyed_on is not null`,
      ),
    );
    expect(destroyed).toEqual([{ id: files.Ouderdom, on: today }]);
    expect(
      await destroyDueFiles(t.db, fixedClock(today), [deleteFamilyVoiceOf, deleteFamilyDocumentsOf]),
    ).toEqual({ destroyed: 0 });
    const audit = rows(
      await t.db.execute(sql`select count(*)::int as n from audit_events where action = 'destroy'`),
    );
    expect(audit[0]?.n).toBe(1);
  });

  it('a document in the file is gone, its bytes too', async () => {
    const left = rows(
      await t.db.execute(
        sql`select (select count(*)::int from documents where id = ${documentId}) as documents,
                   (select count(*)::int from document_contents where document_id = ${documentId}) as contents`,
      ),
    );
    expect(left).toEqual([{ documents: 0, contents: 0 }]);
  });

  it('the figures of past years are the same after destruction', async () => {
    expect(await figures()).toEqual(before);
  });

  it('leaves an audit row without personal data: eenplan, the rule and the age', async () => {
    const [row] = rows(
      await t.db.execute(
        sql`select actor_user_id, actor_display_name, entity_type, entity_id, details from audit_events
             where action = 'destroy' and family_id = ${files.Ouderdom}`,
      ),
    );
    expect(row).toMatchObject({
      actor_user_id: null,
      actor_display_name: 'eenplan',
      entity_type: 'family',
      entity_id: files.Ouderdom,
    });
    expect(row?.details).toMatchObject({ rule: 'R30', retentionAge: 35 });
    expect(JSON.stringify(row)).not.toMatch(/Ouderdom|Jarig|Moeder|1960|Geheimwoord/);
  });

  it('nothing identifying survives in any table that held the family’s data', async () => {
    const familyId = files.Ouderdom as string;
    for (const column of Object.keys(FAMILY_DATA_RETENTION)) {
      const [table, col] = column.split('.') as [string, string];
      const found = rows(
        await t.db.execute(
          sql`select to_jsonb(x)::text as row from ${sql.identifier(table)} x where ${sql.identifier(col)} = ${familyId}`,
        ),
      );
      for (const r of found)
        expect(String(r.row), column).not.toMatch(/Ouderdom|Jarig|Moeder|Oma|Geheimwoord|woensdag/);
    }
    const family = rows(
      await t.db.execute(sql`select to_jsonb(f)::text as row from families f where id = ${familyId}`),
    );
    expect(String(family[0]?.row)).not.toMatch(/Ouderdom/);
    const trajectories = rows(
      await t.db.execute(
        sql`select care.* from trajectories tr, lateral (select to_jsonb(w)::text as row from family_care_weeks w where w.trajectory_id = tr.id) care where tr.family_id = ${familyId}`,
      ),
    );
    for (const r of trajectories) expect(String(r.row)).not.toMatch(/Ouderdom/);
  });

  it('keeps the counting material: members’ roles and birth years, the referral’s dates, the rating', async () => {
    const familyId = files.Ouderdom as string;
    const members = rows(
      await t.db.execute(
        sql`select role, birth_year, birth_date, given_name from family_members where family_id = ${familyId} order by role`,
      ),
    );
    expect(members).toEqual([
      {
        role: 'child',
        birth_year: Number(bornTurning(35, -1).slice(0, 4)),
        birth_date: null,
        given_name: null,
      },
      { role: 'parent', birth_year: 1960, birth_date: null, given_name: null },
    ]);
    const [referral] = rows(
      await t.db.execute(
        sql`select status, received_on::text, request_for_help from referrals where family_id = ${familyId}`,
      ),
    );
    expect(referral).toEqual({ status: 'started', received_on: addDays(today, -40), request_for_help: '' });
    const [trajectory] = rows(
      await t.db.execute(
        sql`select family_rating, family_words, close_note from trajectories where family_id = ${familyId}`,
      ),
    );
    expect(trajectory).toEqual({ family_rating: 8, family_words: null, close_note: null });
    const plans = rows(
      await t.db.execute(
        sql`select count(*)::int as n from family_plan_versions where family_id = ${familyId}`,
      ),
    );
    expect(plans[0]?.n).toBe(0);
  });

  it('the family’s own accounts close: the session is gone, the address and name too', async () => {
    expect((await member.get('/api/v1/portal/overview')).status).toBe(401);
    const accounts = rows(
      await t.db.execute(
        sql`select u.email, u.display_name, u.is_active from users u join family_accounts a on a.user_id = u.id
             where a.family_id = ${files.Ouderdom}`,
      ),
    );
    expect(accounts).toEqual([{ email: null, display_name: 'Gezinslid', is_active: false }]);
  });

  it('the destroyed file no longer opens, and leaves the coordinator’s list', async () => {
    expect((await desk.get(`/api/v1/families/${files.Ouderdom}`)).status).toBe(404);
    const list = await desk.get('/api/v1/retention/due-files');
    expect(list.body.files.map((f: { familyId: string }) => f.familyId)).not.toContain(files.Ouderdom);
  });
});
