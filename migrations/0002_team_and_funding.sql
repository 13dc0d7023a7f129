CREATE TABLE "funding_line_years" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"funding_line_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"budget_cents" bigint DEFAULT 0 NOT NULL,
	"target_trajectories" integer,
	"cap_trajectories" integer,
	"price_per_trajectory_cents" bigint,
	"coordination_budget_cents" bigint,
	"training_budget_cents" bigint,
	"counts_as" text[] DEFAULT '{}' NOT NULL,
	CONSTRAINT "funding_line_years_fundingLineId_year_unique" UNIQUE("funding_line_id","year")
);
--> statement-breakpoint
CREATE TABLE "pilots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"name" text NOT NULL,
	"funding_line_id" uuid NOT NULL,
	"from_year" integer NOT NULL,
	"amount_cents" bigint NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "spending_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"funding_line_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"category" text NOT NULL,
	"status" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	"booked_on" date NOT NULL,
	"description" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "zone_allocation_data" (
	"collaboration_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"zone_code" text NOT NULL,
	"population_under25" integer NOT NULL,
	"deprivation_index_milli" integer NOT NULL,
	CONSTRAINT "zone_allocation_data_collaboration_id_year_zone_code_pk" PRIMARY KEY("collaboration_id","year","zone_code")
);
--> statement-breakpoint
CREATE TABLE "absences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"worker_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"reason" text
);
--> statement-breakpoint
CREATE TABLE "type_modules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"employer_organisation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"fte" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"user_id" uuid,
	"display_name" text NOT NULL,
	"home_organisation_id" uuid NOT NULL,
	"function" text NOT NULL,
	"type_module_id" uuid,
	"fte_team" integer NOT NULL,
	"fte_home_organisation" integer DEFAULT 0 NOT NULL,
	"secondment_start" date NOT NULL,
	"secondment_end" date,
	"zone_code" text,
	"site" text,
	"is_new_hire" boolean DEFAULT false NOT NULL,
	"flexible_spreading_from" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "over_quota" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "over_quota_reason" text;--> statement-breakpoint
ALTER TABLE "funding_line_years" ADD CONSTRAINT "funding_line_years_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_line_years" ADD CONSTRAINT "funding_line_years_funding_line_id_funding_lines_id_fk" FOREIGN KEY ("funding_line_id") REFERENCES "public"."funding_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilots" ADD CONSTRAINT "pilots_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilots" ADD CONSTRAINT "pilots_funding_line_id_funding_lines_id_fk" FOREIGN KEY ("funding_line_id") REFERENCES "public"."funding_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spending_entries" ADD CONSTRAINT "spending_entries_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spending_entries" ADD CONSTRAINT "spending_entries_funding_line_id_funding_lines_id_fk" FOREIGN KEY ("funding_line_id") REFERENCES "public"."funding_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_allocation_data" ADD CONSTRAINT "zone_allocation_data_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "absences" ADD CONSTRAINT "absences_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "absences" ADD CONSTRAINT "absences_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "type_modules" ADD CONSTRAINT "type_modules_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "type_modules" ADD CONSTRAINT "type_modules_employer_organisation_id_organisations_id_fk" FOREIGN KEY ("employer_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workers" ADD CONSTRAINT "workers_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workers" ADD CONSTRAINT "workers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workers" ADD CONSTRAINT "workers_home_organisation_id_organisations_id_fk" FOREIGN KEY ("home_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workers" ADD CONSTRAINT "workers_type_module_id_type_modules_id_fk" FOREIGN KEY ("type_module_id") REFERENCES "public"."type_modules"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "spending_entries_funding_line_id_year_index" ON "spending_entries" USING btree ("funding_line_id","year");--> statement-breakpoint
CREATE INDEX "absences_worker_id_index" ON "absences" USING btree ("worker_id");--> statement-breakpoint
CREATE INDEX "type_modules_collaboration_id_index" ON "type_modules" USING btree ("collaboration_id");--> statement-breakpoint
CREATE INDEX "workers_collaboration_id_index" ON "workers" USING btree ("collaboration_id");