CREATE TABLE "retention_settings" (
	"collaboration_id" uuid PRIMARY KEY NOT NULL,
	"retention_age" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_by_name" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "families" ADD COLUMN "pseudonym" text;--> statement-breakpoint
ALTER TABLE "families" ADD COLUMN "identified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "families" ADD COLUMN "identified_by" uuid;--> statement-breakpoint
ALTER TABLE "families" ADD COLUMN "identified_by_name" text;--> statement-breakpoint
ALTER TABLE "families" ADD COLUMN "destroyed_on" date;--> statement-breakpoint
ALTER TABLE "family_members" ADD COLUMN "birth_year" integer;--> statement-breakpoint
ALTER TABLE "retention_settings" ADD CONSTRAINT "retention_settings_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_settings" ADD CONSTRAINT "retention_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "families" ADD CONSTRAINT "families_identified_by_users_id_fk" FOREIGN KEY ("identified_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;