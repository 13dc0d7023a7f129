-- R23: every existing collaboration gets the preset funding line "Gezinscoaching", as new ones
-- do (preset-funding-lines.ts), after its own lines so their order stays. No money of its own:
-- no line year. Running it twice, or on a collaboration that already has the code, adds nothing
-- (unique collaboration_id + code).
INSERT INTO "funding_lines" ("collaboration_id", "code", "name", "sort_order")
SELECT c."id", 'familyCoaching', 'Gezinscoaching',
       COALESCE((SELECT MAX(f."sort_order") + 1 FROM "funding_lines" f WHERE f."collaboration_id" = c."id"), 0)
FROM "collaborations" c
ON CONFLICT ("collaboration_id", "code") DO NOTHING;
--> statement-breakpoint
-- Family coaches saved before limits existed take the R23 default of 7 families.
UPDATE "workers" SET "caseload_limit" = 7
WHERE "function" IN ('familyCoach', 'volunteerFamilyCoach') AND "caseload_limit" IS NULL;
