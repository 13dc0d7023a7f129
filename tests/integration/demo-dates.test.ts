// The demo tells a story that happened up to "today": a network entry, a contact, a meeting held or
// an evaluation dated after today is a lie the coordinator notices at once (issue #10, point 12).
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../src/domain/dates';
import { firstRun } from '../../src/server/setup/first-run';
import { createTestDatabase } from '../support/test-database';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let today: string;

beforeAll(async () => {
  database = await createTestDatabase();
  today = todayIso();
  await firstRun(database.db, { adminEmail: null, adminPassword: null });
}, 120_000);

afterAll(async () => {
  await database?.drop();
});

/** Each query lists the past-tense dates (things that already happened) of one kind. */
const PAST_TENSE = {
  'network entry since': sql`select since as on from network_members where since is not null`,
  'network entry until': sql`select until as on from network_members where until is not null`,
  'contact occurred': sql`select occurred_on as on from contacts`,
  'coordination meeting held': sql`select held_on as on from coordination_meetings where held_on is not null`,
  'plan agreed': sql`select agreed_on as on from family_plan_versions where agreed_on is not null`,
  'plan saved': sql`select saved_at::date as on from family_plan_versions`,
  'plan evaluation': sql`select (e->>'on')::date as on from family_plan_versions v,
      jsonb_array_elements(v.content->'evaluations') e`,
  'plan action done': sql`select (a->>'doneOn')::date as on from family_plan_versions v,
      jsonb_array_elements(v.content->'actions') a where a->>'doneOn' is not null`,
  'referral received': sql`select received_on as on from referrals`,
  'referral decided': sql`select decided_on as on from referrals where decided_on is not null`,
  'trajectory started': sql`select started_on as on from trajectories`,
  'trajectory closed': sql`select closed_on as on from trajectories where closed_on is not null`,
  'closing conversation': sql`select closing_conversation_on as on from trajectories
      where closing_conversation_on is not null`,
  'extension requested': sql`select extension_requested_on as on from trajectories
      where extension_requested_on is not null`,
  'waiting since': sql`select waiting_since as on from trajectories where waiting_since is not null`,
  'family care first contact': sql`select family_care_first_contact_on as on from trajectories
      where family_care_first_contact_on is not null`,
  'family care week recorded': sql`select t.started_on + (w.week - 1) * 7 as on
      from family_care_weeks w join trajectories t on t.id = w.trajectory_id`,
  'assignment from': sql`select from_on as on from family_assignments`,
  'coach matched': sql`select matched_on as on from coach_matches`,
  'assignment decided': sql`select decided_on as on from assignment_decisions`,
  'advice given': sql`select given_on as on from governance_advices`,
  'decision taken': sql`select decided_on as on from governance_decisions`,
  'to-do done': sql`select done_on as on from governance_todos where done_on is not null`,
  'agreement signed': sql`select signed_on as on from governance_agreement_signatures`,
  'audit event': sql`select at::date as on from audit_events`,
} as const;

describe('the demo’s dates', () => {
  it('has something of every kind to check', async () => {
    for (const [kind, query] of Object.entries(PAST_TENSE)) {
      if (kind === 'network entry until' || kind === 'to-do done' || kind === 'extension requested') continue;
      const rows = await database.owner.db.execute(query);
      expect(rows.rows.length, kind).toBeGreaterThan(0);
    }
  });

  it('dates nothing that already happened after today', async () => {
    const lies: string[] = [];
    for (const [kind, query] of Object.entries(PAST_TENSE)) {
      const rows = await database.owner.db.execute(query);
      const future = (rows.rows as { on: string | Date }[])
        .map((r) => (r.on instanceof Date ? r.on.toISOString().slice(0, 10) : String(r.on)))
        .filter((on) => on > today);
      if (future.length > 0) lies.push(`${kind}: ${future.length}× after ${today}, e.g. ${future[0]}`);
    }
    expect(lies).toEqual([]);
  });
});
