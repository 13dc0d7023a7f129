CREATE TABLE "assignment_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"referral_id" uuid,
	"worker_id" uuid NOT NULL,
	"worker_name" text NOT NULL,
	"suggested_worker_id" uuid,
	"suggested_worker_name" text,
	"zone_code" text,
	"is_override" boolean NOT NULL,
	"override_reason" text,
	"candidates" jsonb NOT NULL,
	"decided_on" date NOT NULL,
	"decided_by" uuid NOT NULL,
	"decided_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "coach_matches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"coach_worker_id" uuid NOT NULL,
	"referral_id" uuid,
	"matched_on" date NOT NULL,
	"ended_on" date,
	"end_reason" text,
	"matched_by" uuid NOT NULL,
	"matched_by_name" text NOT NULL,
	"suggested_coach_worker_id" uuid,
	"choice_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "family_care_weeks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"trajectory_id" uuid NOT NULL,
	"week" integer NOT NULL,
	"minutes" integer NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "family_care_weeks_trajectoryId_week_unique" UNIQUE("trajectory_id","week")
);
--> statement-breakpoint
ALTER TABLE "spending_entries" ADD COLUMN "booked_by" uuid;--> statement-breakpoint
ALTER TABLE "spending_entries" ADD COLUMN "booked_by_name" text;--> statement-breakpoint
ALTER TABLE "spending_entries" ADD COLUMN "cancelled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "spending_entries" ADD COLUMN "cancelled_by" uuid;--> statement-breakpoint
ALTER TABLE "spending_entries" ADD COLUMN "cancelled_by_name" text;--> statement-breakpoint
ALTER TABLE "spending_entries" ADD COLUMN "cancel_reason" text;--> statement-breakpoint
ALTER TABLE "workers" ADD COLUMN "caseload_limit" integer;--> statement-breakpoint
ALTER TABLE "trajectories" ADD COLUMN "family_care_provider" text;--> statement-breakpoint
ALTER TABLE "trajectories" ADD COLUMN "family_care_referred_on" date;--> statement-breakpoint
ALTER TABLE "trajectories" ADD COLUMN "family_care_first_contact_on" date;--> statement-breakpoint
ALTER TABLE "trajectories" ADD COLUMN "family_care_referrer_present" boolean;--> statement-breakpoint
ALTER TABLE "assignment_decisions" ADD CONSTRAINT "assignment_decisions_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_decisions" ADD CONSTRAINT "assignment_decisions_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_decisions" ADD CONSTRAINT "assignment_decisions_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_decisions" ADD CONSTRAINT "assignment_decisions_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_decisions" ADD CONSTRAINT "assignment_decisions_suggested_worker_id_workers_id_fk" FOREIGN KEY ("suggested_worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignment_decisions" ADD CONSTRAINT "assignment_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_matches" ADD CONSTRAINT "coach_matches_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_matches" ADD CONSTRAINT "coach_matches_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_matches" ADD CONSTRAINT "coach_matches_coach_worker_id_workers_id_fk" FOREIGN KEY ("coach_worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_matches" ADD CONSTRAINT "coach_matches_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_matches" ADD CONSTRAINT "coach_matches_matched_by_users_id_fk" FOREIGN KEY ("matched_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_matches" ADD CONSTRAINT "coach_matches_suggested_coach_worker_id_workers_id_fk" FOREIGN KEY ("suggested_coach_worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_care_weeks" ADD CONSTRAINT "family_care_weeks_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_care_weeks" ADD CONSTRAINT "family_care_weeks_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_care_weeks" ADD CONSTRAINT "family_care_weeks_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assignment_decisions_collaboration_id_decided_on_index" ON "assignment_decisions" USING btree ("collaboration_id","decided_on");--> statement-breakpoint
CREATE INDEX "assignment_decisions_family_id_index" ON "assignment_decisions" USING btree ("family_id");--> statement-breakpoint
CREATE UNIQUE INDEX "coach_matches_one_running_per_family" ON "coach_matches" USING btree ("family_id") WHERE "coach_matches"."ended_on" is null;--> statement-breakpoint
CREATE INDEX "coach_matches_collaboration_id_coach_worker_id_index" ON "coach_matches" USING btree ("collaboration_id","coach_worker_id");--> statement-breakpoint
CREATE INDEX "family_care_weeks_collaboration_id_index" ON "family_care_weeks" USING btree ("collaboration_id");--> statement-breakpoint
ALTER TABLE "spending_entries" ADD CONSTRAINT "spending_entries_booked_by_users_id_fk" FOREIGN KEY ("booked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spending_entries" ADD CONSTRAINT "spending_entries_cancelled_by_users_id_fk" FOREIGN KEY ("cancelled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;