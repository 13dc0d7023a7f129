CREATE TABLE "reference_counters" (
	"collaboration_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last_number" integer NOT NULL,
	CONSTRAINT "reference_counters_collaboration_id_year_pk" PRIMARY KEY("collaboration_id","year")
);
--> statement-breakpoint
ALTER TABLE "reference_counters" ADD CONSTRAINT "reference_counters_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- The counters start where the references of each collaboration and year are now (ADR 041):
-- compared as numbers, not as text, so AM-2026-10000 counts above AM-2026-9999.
INSERT INTO "reference_counters" ("collaboration_id", "year", "last_number")
SELECT "collaboration_id", substring("reference" from 4 for 4)::integer, max(substring("reference" from 9)::integer)
FROM "referrals"
WHERE "reference" ~ '^AM-[0-9]{4}-[0-9]+$'
GROUP BY 1, 2;
