CREATE TABLE "organisation_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"service" text NOT NULL,
	"target_group" text,
	"age_from" integer,
	"age_to" integer,
	"zone_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"how_to_refer" text,
	"contact" text,
	"reported_wait_weeks" integer,
	"wait_reported_on" date,
	"is_active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisation_offers_ages" CHECK ("organisation_offers"."age_from" is null or "organisation_offers"."age_to" is null or "organisation_offers"."age_from" <= "organisation_offers"."age_to")
);
--> statement-breakpoint
ALTER TABLE "organisation_offers" ADD CONSTRAINT "organisation_offers_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_offers" ADD CONSTRAINT "organisation_offers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "organisation_offers_collaboration_id_organisation_id_index" ON "organisation_offers" USING btree ("collaboration_id","organisation_id");