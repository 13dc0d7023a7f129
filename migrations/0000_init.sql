CREATE TABLE "audit_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"actor_user_id" uuid,
	"actor_display_name" text,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"family_id" uuid,
	"details" jsonb,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "families" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"municipality_nis" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "family_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"family_id" uuid NOT NULL,
	"role" text NOT NULL,
	"given_name" text,
	"family_name" text,
	"birth_date" date,
	"due_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "funding_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"answer_target_working_days" integer DEFAULT 3 NOT NULL,
	"ends_on" date,
	"is_active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "funding_lines_collaborationId_code_unique" UNIQUE("collaboration_id","code")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"roles" text[] NOT NULL,
	"organisation_id" uuid,
	"locale" text DEFAULT 'nl' NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "not_started_reasons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"code" text NOT NULL,
	"label" text NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "not_started_reasons_collaborationId_code_unique" UNIQUE("collaboration_id","code")
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"received_on" date NOT NULL,
	"funding_line_id" uuid NOT NULL,
	"registrant_organisation_kind" text NOT NULL,
	"registrant_organisation_name" text NOT NULL,
	"registrant_contact_name" text,
	"registrant_contact_email" text,
	"registrant_contact_phone" text,
	"registrant_organisation_id" uuid,
	"referred_through_kind" text,
	"referred_through_name" text,
	"family_id" uuid NOT NULL,
	"municipality_nis" text NOT NULL,
	"primary_care_zone_code" text,
	"is_outside_region" boolean NOT NULL,
	"request_for_help" text NOT NULL,
	"consent_to_refer" boolean NOT NULL,
	"status" text DEFAULT 'received' NOT NULL,
	"decided_on" date,
	"decision_reason_code" text,
	"decision_note" text,
	"decided_by" uuid,
	"decided_by_name" text,
	"perspective_conversation_on" date,
	"duplicate_review" text DEFAULT 'none' NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referrals_collaborationId_reference_unique" UNIQUE("collaboration_id","reference")
);
--> statement-breakpoint
CREATE TABLE "collaboration_zones" (
	"collaboration_id" uuid NOT NULL,
	"zone_code" text NOT NULL,
	CONSTRAINT "collaboration_zones_collaboration_id_zone_code_pk" PRIMARY KEY("collaboration_id","zone_code")
);
--> statement-breakpoint
CREATE TABLE "collaborations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "collaborations_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "municipalities" (
	"nis_code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"region_name" text NOT NULL,
	"province_name" text NOT NULL,
	"primary_care_zone_code" text NOT NULL,
	"reference_region_code" text,
	"reference_region_name" text
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"role" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "primary_care_zones" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "families" ADD CONSTRAINT "families_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "families" ADD CONSTRAINT "families_municipality_nis_municipalities_nis_code_fk" FOREIGN KEY ("municipality_nis") REFERENCES "public"."municipalities"("nis_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_members" ADD CONSTRAINT "family_members_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_members" ADD CONSTRAINT "family_members_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_lines" ADD CONSTRAINT "funding_lines_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "not_started_reasons" ADD CONSTRAINT "not_started_reasons_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_funding_line_id_funding_lines_id_fk" FOREIGN KEY ("funding_line_id") REFERENCES "public"."funding_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_registrant_organisation_id_organisations_id_fk" FOREIGN KEY ("registrant_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_family_id_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_municipality_nis_municipalities_nis_code_fk" FOREIGN KEY ("municipality_nis") REFERENCES "public"."municipalities"("nis_code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collaboration_zones" ADD CONSTRAINT "collaboration_zones_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collaboration_zones" ADD CONSTRAINT "collaboration_zones_zone_code_primary_care_zones_code_fk" FOREIGN KEY ("zone_code") REFERENCES "public"."primary_care_zones"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipalities" ADD CONSTRAINT "municipalities_primary_care_zone_code_primary_care_zones_code_fk" FOREIGN KEY ("primary_care_zone_code") REFERENCES "public"."primary_care_zones"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_events_collaboration_id_entity_type_entity_id_index" ON "audit_events" USING btree ("collaboration_id","entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "audit_events_family_id_index" ON "audit_events" USING btree ("family_id");--> statement-breakpoint
CREATE INDEX "families_collaboration_id_municipality_nis_index" ON "families" USING btree ("collaboration_id","municipality_nis");--> statement-breakpoint
CREATE INDEX "family_members_family_id_index" ON "family_members" USING btree ("family_id");--> statement-breakpoint
CREATE INDEX "family_members_collaboration_id_birth_date_index" ON "family_members" USING btree ("collaboration_id","birth_date");--> statement-breakpoint
CREATE INDEX "sessions_user_id_index" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_expires_at_index" ON "sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "users_collaboration_id_index" ON "users" USING btree ("collaboration_id");--> statement-breakpoint
CREATE INDEX "referrals_collaboration_id_status_received_on_index" ON "referrals" USING btree ("collaboration_id","status","received_on");--> statement-breakpoint
CREATE INDEX "referrals_collaboration_id_received_on_index" ON "referrals" USING btree ("collaboration_id","received_on");--> statement-breakpoint
CREATE INDEX "referrals_family_id_index" ON "referrals" USING btree ("family_id");--> statement-breakpoint
CREATE INDEX "municipalities_primary_care_zone_code_index" ON "municipalities" USING btree ("primary_care_zone_code");--> statement-breakpoint
CREATE INDEX "organisations_collaboration_id_index" ON "organisations" USING btree ("collaboration_id");