ALTER TABLE "families" ADD COLUMN "merged_into_id" uuid;--> statement-breakpoint
ALTER TABLE "families" ADD COLUMN "merged_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "families" ADD COLUMN "merged_by" uuid;--> statement-breakpoint
ALTER TABLE "family_plan_versions" ADD COLUMN "merged_from_family_id" uuid;--> statement-breakpoint
ALTER TABLE "family_plan_versions" ADD COLUMN "merged_from_version" integer;--> statement-breakpoint
ALTER TABLE "families" ADD CONSTRAINT "families_merged_into_id_families_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "families" ADD CONSTRAINT "families_merged_by_users_id_fk" FOREIGN KEY ("merged_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "family_plan_versions" ADD CONSTRAINT "family_plan_versions_merged_from_family_id_families_id_fk" FOREIGN KEY ("merged_from_family_id") REFERENCES "public"."families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "families_merged_into_id_index" ON "families" USING btree ("merged_into_id");