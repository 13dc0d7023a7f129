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
ALTER TABLE "workers" ADD COLUMN "caseload_limit" integer;--> statement-breakpoint
ALTER TABLE "coach_matches" ADD CONSTRAINT "coach_matches_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_matches" ADD CONSTRAINT "coach_matches_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_matches" ADD CONSTRAINT "coach_matches_coach_worker_id_workers_id_fk" FOREIGN KEY ("coach_worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_matches" ADD CONSTRAINT "coach_matches_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_matches" ADD CONSTRAINT "coach_matches_matched_by_users_id_fk" FOREIGN KEY ("matched_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coach_matches" ADD CONSTRAINT "coach_matches_suggested_coach_worker_id_workers_id_fk" FOREIGN KEY ("suggested_coach_worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "coach_matches_one_running_per_family" ON "coach_matches" USING btree ("family_id") WHERE "coach_matches"."ended_on" is null;--> statement-breakpoint
CREATE INDEX "coach_matches_collaboration_id_coach_worker_id_index" ON "coach_matches" USING btree ("collaboration_id","coach_worker_id");