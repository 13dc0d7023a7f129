/**
 * Every column with a foreign key to `families`, and what a merge does with it (R17). A test
 * reads the database catalog and fails when a column is missing here: a new table that points
 * at families must say how it survives a merge before it can ship.
 * - `moves`: the merged file's rows move to the surviving file.
 * - `movesUnlessKnown`: members move, except one the surviving file holds word for word, which
 *   stays on the merged file as history rather than appear twice.
 * - `keeps`: the rows stay where they are, as history reachable from the surviving file.
 */
export const FAMILY_REFERENCES = {
  'family_members.family_id': 'movesUnlessKnown',
  'network_members.family_id': 'moves',
  'family_assignments.family_id': 'moves',
  'referrals.family_id': 'moves',
  'trajectories.family_id': 'moves', // care weeks and extensions hang on the trajectory
  'contacts.family_id': 'moves',
  'coordination_meetings.family_id': 'moves',
  'assignment_decisions.family_id': 'moves',
  'coach_matches.family_id': 'moves',
  'family_plans.family_id': 'keeps', // the old plan folds into a new version of the survivor's
  'family_plan_versions.family_id': 'keeps',
  'family_plan_versions.merged_from_family_id': 'keeps',
  'families.merged_into_id': 'keeps',
  // ADR 044: the account keeps its family; the portal's door follows merged_into_id.
  'family_accounts.family_id': 'keeps',
  // R27 R28 R29: consents, the sharing log, assessments and marks go with the file.
  'consents.family_id': 'moves',
  'sharings.family_id': 'moves',
  'competence_assessments.family_id': 'moves',
  'item_marks.family_id': 'moves',
  // The family's voice (ADR 045): the thread goes on in the surviving file; words, answers and
  // correction requests are about the merged file's plan versions and stay with them as history.
  'family_messages.family_id': 'moves',
  'family_entries.family_id': 'keeps',
  'plan_responses.family_id': 'keeps',
  'correction_requests.family_id': 'keeps',
  // ADR 052: documents go on in the surviving file, with their marks and sharing.
  'documents.family_id': 'moves',
} as const;
