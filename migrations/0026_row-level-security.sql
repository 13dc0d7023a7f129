-- Issue 15, ADR 053: PostgreSQL as the second wall. Every table with a collaboration_id gets
-- row-level security keyed on the collaboration the application's code works in, which the app
-- sets per connection (platform/db/tenant-pool.ts). A query that forgets its filter then still sees
-- one collaboration's rows only, and a row written for another collaboration is refused.
--
-- ENABLE, not FORCE: the application connects as a role that owns nothing (ADR 025), so the
-- policies always apply to it; the owner (migrations, maintenance, bench:data) is not subject to
-- them, as intended for platform work. Policies are for PUBLIC because the application role's name
-- is the installation's choice (EENPLAN_DATABASE_URL); the owner bypasses them anyway.

-- The collaboration of the running code; null when unset or '' (outside every collaboration).
CREATE FUNCTION eenplan_collaboration() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT nullif(current_setting('eenplan.collaboration_id', true), '')::uuid $$;
--> statement-breakpoint

-- The sign-in door: identity rows looked up before the collaboration is known (a user by sign-in
-- name, a session by its token's hash, an invitation by its token, a family account, the
-- collaboration's sign-in and session rules, the organisation a sign-in provider is named after
-- on the sign-in page — no family data), and what signing in writes (its audit events, a
-- password-reset mail). Outside every collaboration they are reachable — only the sign-in routes,
-- public routes and the session lookup run there, and they look rows up by a secret or the
-- sign-in name; inside a collaboration they are walled like every other table.
DO $$
DECLARE
  door text[] := ARRAY['users', 'sessions', 'invitations', 'family_accounts', 'session_policies',
                       'second_factor_policies', 'sign_in_providers', 'organisations', 'audit_events',
                       'outbox'];
  t text;
BEGIN
  FOREACH t IN ARRAY door LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY sign_in_door ON %I USING (eenplan_collaboration() IS NULL OR collaboration_id = eenplan_collaboration()) WITH CHECK (eenplan_collaboration() IS NULL OR collaboration_id = eenplan_collaboration())',
      t);
  END LOOP;

  -- Every other table with a collaboration_id: one collaboration's rows, read and written. Unset:
  -- no rows at all.
  FOR t IN
    SELECT c.relname FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'collaboration_id' AND NOT a.attisdropped
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
       AND NOT c.relname = ANY (door) AND c.relname <> 'collaboration_zones'
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY one_collaboration ON %I USING (collaboration_id = eenplan_collaboration()) WITH CHECK (collaboration_id = eenplan_collaboration())',
      t);
  END LOOP;
END $$;
--> statement-breakpoint

-- Which collaboration serves a zone is reference data: a referral is routed by the family's
-- municipality (issue 15 point 3). Only the collaboration itself changes its zones.
ALTER TABLE collaboration_zones ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY zones_readable ON collaboration_zones FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY zones_written_by_their_collaboration ON collaboration_zones
  USING (collaboration_id = eenplan_collaboration())
  WITH CHECK (collaboration_id = eenplan_collaboration());
