CREATE TABLE "session_policies" (
	"collaboration_id" uuid PRIMARY KEY NOT NULL,
	"idle_minutes" integer NOT NULL,
	"max_hours" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "session_policies_idle_minutes" CHECK ("session_policies"."idle_minutes" between 5 and 480),
	CONSTRAINT "session_policies_max_hours" CHECK ("session_policies"."max_hours" between 1 and 24)
);
--> statement-breakpoint
ALTER TABLE "audit_events" ALTER COLUMN "collaboration_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "failed_sign_ins" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "locked_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "session_policies" ADD CONSTRAINT "session_policies_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE no action ON UPDATE no action;