CREATE TABLE "family_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"from_on" date NOT NULL,
	"to_on" date,
	"assigned_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"relation" text,
	"organisation" text,
	"role" text,
	"contact" text,
	"since" date,
	"until" date,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "family_plan_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"change_note" text,
	"saved_by" uuid NOT NULL,
	"saved_by_name" text NOT NULL,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL,
	"agreed_on" date,
	"agreed_by" text[],
	"agreement_method" text,
	"agreement_note" text,
	"agreement_recorded_by" uuid,
	"agreement_recorded_by_name" text,
	"agreement_recorded_at" timestamp with time zone,
	CONSTRAINT "family_plan_versions_planId_version_unique" UNIQUE("plan_id","version")
);
--> statement-breakpoint
CREATE TABLE "family_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"current_version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "family_plans_familyId_unique" UNIQUE("family_id")
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"trajectory_id" uuid,
	"kind" text NOT NULL,
	"occurred_on" date NOT NULL,
	"duration_minutes" integer NOT NULL,
	"participants" text[] NOT NULL,
	"note" text,
	"hidden_reason" text,
	"recorded_by" uuid NOT NULL,
	"recorded_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coordination_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"planned_on" date NOT NULL,
	"held_on" date,
	"participants" text[] NOT NULL,
	"decisions" text,
	"is_family_present" boolean,
	"contact_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trajectories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"funding_line_id" uuid NOT NULL,
	"referral_id" uuid,
	"started_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"started_by" uuid NOT NULL,
	"started_by_name" text NOT NULL,
	"extension_reason" text,
	"extension_until_on" date,
	"extension_requested_on" date,
	"extension_requested_by" uuid,
	"extension_requested_by_name" text,
	"extension_accepted_on" date,
	"extension_accepted_by" uuid,
	"extension_accepted_by_name" text,
	"waiting_for" text,
	"waiting_list_of" text,
	"waiting_since" date,
	"handover" jsonb,
	"new_municipality" text,
	"moving_on" date,
	"closed_on" date,
	"close_reason" text,
	"close_note" text,
	"closing_conversation_on" date,
	"family_rating" integer,
	"family_words" text,
	"goals_total" integer,
	"goals_reached" integer,
	"goals_partly_reached" integer,
	"services_at_start" integer,
	"services_at_end" integer,
	"closed_by_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "family_assignments" ADD CONSTRAINT "family_assignments_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_assignments" ADD CONSTRAINT "family_assignments_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_assignments" ADD CONSTRAINT "family_assignments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_assignments" ADD CONSTRAINT "family_assignments_assigned_by_users_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_members" ADD CONSTRAINT "network_members_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_members" ADD CONSTRAINT "network_members_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_plan_versions" ADD CONSTRAINT "family_plan_versions_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_plan_versions" ADD CONSTRAINT "family_plan_versions_plan_id_family_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."family_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_plan_versions" ADD CONSTRAINT "family_plan_versions_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_plan_versions" ADD CONSTRAINT "family_plan_versions_saved_by_users_id_fk" FOREIGN KEY ("saved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_plan_versions" ADD CONSTRAINT "family_plan_versions_agreement_recorded_by_users_id_fk" FOREIGN KEY ("agreement_recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_plans" ADD CONSTRAINT "family_plans_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_plans" ADD CONSTRAINT "family_plans_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coordination_meetings" ADD CONSTRAINT "coordination_meetings_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coordination_meetings" ADD CONSTRAINT "coordination_meetings_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coordination_meetings" ADD CONSTRAINT "coordination_meetings_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coordination_meetings" ADD CONSTRAINT "coordination_meetings_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectories" ADD CONSTRAINT "trajectories_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectories" ADD CONSTRAINT "trajectories_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectories" ADD CONSTRAINT "trajectories_funding_line_id_funding_lines_id_fk" FOREIGN KEY ("funding_line_id") REFERENCES "public"."funding_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectories" ADD CONSTRAINT "trajectories_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectories" ADD CONSTRAINT "trajectories_started_by_users_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectories" ADD CONSTRAINT "trajectories_extension_requested_by_users_id_fk" FOREIGN KEY ("extension_requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trajectories" ADD CONSTRAINT "trajectories_extension_accepted_by_users_id_fk" FOREIGN KEY ("extension_accepted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "family_assignments_family_id_index" ON "family_assignments" USING btree ("family_id");--> statement-breakpoint
CREATE INDEX "family_assignments_collaboration_id_user_id_index" ON "family_assignments" USING btree ("collaboration_id","user_id");--> statement-breakpoint
CREATE INDEX "network_members_family_id_index" ON "network_members" USING btree ("family_id");--> statement-breakpoint
CREATE INDEX "family_plan_versions_family_id_index" ON "family_plan_versions" USING btree ("family_id");--> statement-breakpoint
CREATE INDEX "family_plans_collaboration_id_index" ON "family_plans" USING btree ("collaboration_id");--> statement-breakpoint
CREATE INDEX "contacts_family_id_occurred_on_index" ON "contacts" USING btree ("family_id","occurred_on");--> statement-breakpoint
CREATE INDEX "contacts_collaboration_id_occurred_on_index" ON "contacts" USING btree ("collaboration_id","occurred_on");--> statement-breakpoint
CREATE INDEX "coordination_meetings_trajectory_id_index" ON "coordination_meetings" USING btree ("trajectory_id");--> statement-breakpoint
CREATE INDEX "trajectories_collaboration_id_status_index" ON "trajectories" USING btree ("collaboration_id","status");--> statement-breakpoint
CREATE INDEX "trajectories_family_id_index" ON "trajectories" USING btree ("family_id");