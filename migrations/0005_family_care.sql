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
ALTER TABLE "trajectories" ADD COLUMN "family_care_provider" text;--> statement-breakpoint
ALTER TABLE "trajectories" ADD COLUMN "family_care_referred_on" date;--> statement-breakpoint
ALTER TABLE "trajectories" ADD COLUMN "family_care_first_contact_on" date;--> statement-breakpoint
ALTER TABLE "trajectories" ADD COLUMN "family_care_referrer_present" boolean;--> statement-breakpoint
ALTER TABLE "family_care_weeks" ADD CONSTRAINT "family_care_weeks_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_care_weeks" ADD CONSTRAINT "family_care_weeks_trajectory_id_trajectories_id_fk" FOREIGN KEY ("trajectory_id") REFERENCES "public"."trajectories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_care_weeks" ADD CONSTRAINT "family_care_weeks_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "family_care_weeks_collaboration_id_index" ON "family_care_weeks" USING btree ("collaboration_id");