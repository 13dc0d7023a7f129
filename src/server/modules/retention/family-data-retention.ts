/**
 * R30 (ADR 047): every column with a foreign key to `families`, and what destroying the file does
 * with its rows. A test reads the database catalog and fails when a column is missing here: a new
 * table that points at families must say how it is destroyed before it can ship.
 * - `deleted`: the rows go.
 * - `anonymised`: the rows stay as counting material for the figures, every word about a person
 *   removed (which columns: the module's anonymise function, listed in ADR 047).
 * - `kept`: the rows hold no personal data (ids, dates, a worker).
 */
export const FAMILY_DATA_RETENTION = {
  'family_members.family_id': 'anonymised', // role and year of birth
  'network_members.family_id': 'deleted',
  'family_assignments.family_id': 'kept', // which worker, from when to when (caseload history)
  'referrals.family_id': 'anonymised', // the figures (R4, R9, R22, R26)
  'trajectories.family_id': 'anonymised', // R1–R6, R21, R23 counts; care weeks hang on it (hours, kept)
  'contacts.family_id': 'anonymised', // R2: contacts per month, durations
  'coordination_meetings.family_id': 'anonymised',
  'assignment_decisions.family_id': 'anonymised', // R10 history
  'coach_matches.family_id': 'anonymised', // R23 coaches' caseload history
  'family_plans.family_id': 'deleted',
  'family_plan_versions.family_id': 'deleted',
  'family_plan_versions.merged_from_family_id': 'deleted',
  'families.merged_into_id': 'anonymised',
  // Issue 13 (ADR 044): the family's own accounts close — no address, name, password or session.
  'family_accounts.family_id': 'anonymised', // files merged into a destroyed file are destroyed with it
  // Issue 13 (ADR 046): consents, the sharing log, competence assessments and marks name members,
  // partners and purposes; no figure counts them.
  'consents.family_id': 'deleted',
  'sharings.family_id': 'deleted',
  'competence_assessments.family_id': 'deleted',
  'item_marks.family_id': 'deleted',
  // Issue 13 (ADR 045): the family's own words, answers, correction requests and messages.
  'family_entries.family_id': 'deleted',
  'plan_responses.family_id': 'deleted',
  'correction_requests.family_id': 'deleted',
  'family_messages.family_id': 'deleted',
  // Issue 13 (ADR 052): documents in the file and their bytes (document_contents cascade); the
  // documents module's deleter, handed in by main.ts (the module builds on the portal).
  'documents.family_id': 'deleted',
} as const;
