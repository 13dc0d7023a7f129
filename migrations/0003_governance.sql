CREATE TABLE "governance_advice_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"body_id" uuid NOT NULL,
	"meeting_id" uuid,
	"agenda_item_id" uuid,
	"title" text NOT NULL,
	"proposal" text NOT NULL,
	"opened_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance_advices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"amendment" text,
	"against_vision_and_values" text,
	"harm_to_clients_or_stakeholders" text,
	"objection" text,
	"follow_up" text,
	"objection_status" text,
	"resolution_note" text,
	"given_on" date NOT NULL,
	"recorded_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "governance_advices_roundId_memberId_unique" UNIQUE("round_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "governance_agenda_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"presenter" text,
	"duration_minutes" integer,
	"carried_from_item_id" uuid,
	"outcome" text DEFAULT 'planned' NOT NULL,
	"notes" text,
	"reactions" text[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance_agreement_signatures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"agreement_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"signed_on" date NOT NULL,
	"signed_by_name" text NOT NULL,
	"signed_by_role" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "governance_agreement_signatures_agreementId_organisationId_unique" UNIQUE("agreement_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "governance_agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"version" text NOT NULL,
	"title" text NOT NULL,
	"valid_from" date NOT NULL,
	"commitments" text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "governance_agreements_collaborationId_kind_version_unique" UNIQUE("collaboration_id","kind","version")
);
--> statement-breakpoint
CREATE TABLE "governance_attendance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"member_id" uuid,
	"name" text NOT NULL,
	"organisation_name" text,
	"role" text,
	"status" text NOT NULL,
	"represented_by_name" text,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance_bodies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"abbreviation" text,
	"description" text,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance_body_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"body_id" uuid NOT NULL,
	"user_id" uuid,
	"name" text NOT NULL,
	"organisation_id" uuid,
	"organisation_name" text,
	"role" text NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date,
	"deputy_name" text,
	"deputy_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"body_id" uuid NOT NULL,
	"meeting_id" uuid,
	"agenda_item_id" uuid,
	"advice_round_id" uuid,
	"text" text NOT NULL,
	"decided_on" date NOT NULL,
	"evaluate_on" date,
	"evaluation_label" text,
	"evaluated_on" date,
	"evaluation_note" text,
	"recorded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "governance_decisions_adviceRoundId_unique" UNIQUE("advice_round_id")
);
--> statement-breakpoint
CREATE TABLE "governance_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"agenda_item_id" uuid,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" text NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance_figure_snapshots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"from_date" date NOT NULL,
	"to_date" date NOT NULL,
	"funding_line" text,
	"figures" jsonb NOT NULL,
	"incomplete_count" integer NOT NULL,
	"note" text,
	"frozen_by" text NOT NULL,
	"frozen_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"body_id" uuid NOT NULL,
	"title" text,
	"date" date NOT NULL,
	"start_time" text,
	"end_time" text,
	"location" text,
	"online_link" text,
	"sequence" integer DEFAULT 0 NOT NULL,
	"invited_at" timestamp with time zone,
	"minutes_shared_at" timestamp with time zone,
	"previous_minutes_approval" text,
	"previous_minutes_corrections" text,
	"previous_minutes_follow_up" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance_todos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"body_id" uuid NOT NULL,
	"meeting_id" uuid,
	"agenda_item_id" uuid,
	"text" text NOT NULL,
	"owner_name" text NOT NULL,
	"due_on" date,
	"created_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"done_on" date,
	"done_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "governance_advice_rounds" ADD CONSTRAINT "governance_advice_rounds_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_advice_rounds" ADD CONSTRAINT "governance_advice_rounds_body_id_governance_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."governance_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_advice_rounds" ADD CONSTRAINT "governance_advice_rounds_meeting_id_governance_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."governance_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_advice_rounds" ADD CONSTRAINT "governance_advice_rounds_agenda_item_id_governance_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."governance_agenda_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_advices" ADD CONSTRAINT "governance_advices_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_advices" ADD CONSTRAINT "governance_advices_round_id_governance_advice_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."governance_advice_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_advices" ADD CONSTRAINT "governance_advices_member_id_governance_body_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."governance_body_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_agenda_items" ADD CONSTRAINT "governance_agenda_items_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_agenda_items" ADD CONSTRAINT "governance_agenda_items_meeting_id_governance_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."governance_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_agreement_signatures" ADD CONSTRAINT "governance_agreement_signatures_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_agreement_signatures" ADD CONSTRAINT "governance_agreement_signatures_agreement_id_governance_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."governance_agreements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_agreement_signatures" ADD CONSTRAINT "governance_agreement_signatures_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_agreements" ADD CONSTRAINT "governance_agreements_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_attendance" ADD CONSTRAINT "governance_attendance_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_attendance" ADD CONSTRAINT "governance_attendance_meeting_id_governance_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."governance_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_attendance" ADD CONSTRAINT "governance_attendance_member_id_governance_body_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."governance_body_members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_bodies" ADD CONSTRAINT "governance_bodies_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_body_members" ADD CONSTRAINT "governance_body_members_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_body_members" ADD CONSTRAINT "governance_body_members_body_id_governance_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."governance_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_body_members" ADD CONSTRAINT "governance_body_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_body_members" ADD CONSTRAINT "governance_body_members_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_body_members" ADD CONSTRAINT "governance_body_members_deputy_user_id_users_id_fk" FOREIGN KEY ("deputy_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_decisions" ADD CONSTRAINT "governance_decisions_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_decisions" ADD CONSTRAINT "governance_decisions_body_id_governance_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."governance_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_decisions" ADD CONSTRAINT "governance_decisions_meeting_id_governance_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."governance_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_decisions" ADD CONSTRAINT "governance_decisions_agenda_item_id_governance_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."governance_agenda_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_decisions" ADD CONSTRAINT "governance_decisions_advice_round_id_governance_advice_rounds_id_fk" FOREIGN KEY ("advice_round_id") REFERENCES "public"."governance_advice_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_documents" ADD CONSTRAINT "governance_documents_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_documents" ADD CONSTRAINT "governance_documents_meeting_id_governance_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."governance_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_documents" ADD CONSTRAINT "governance_documents_agenda_item_id_governance_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."governance_agenda_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_figure_snapshots" ADD CONSTRAINT "governance_figure_snapshots_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_figure_snapshots" ADD CONSTRAINT "governance_figure_snapshots_meeting_id_governance_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."governance_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_meetings" ADD CONSTRAINT "governance_meetings_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_meetings" ADD CONSTRAINT "governance_meetings_body_id_governance_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."governance_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_todos" ADD CONSTRAINT "governance_todos_collaboration_id_collaborations_id_fk" FOREIGN KEY ("collaboration_id") REFERENCES "public"."collaborations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_todos" ADD CONSTRAINT "governance_todos_body_id_governance_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."governance_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_todos" ADD CONSTRAINT "governance_todos_meeting_id_governance_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."governance_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "governance_todos" ADD CONSTRAINT "governance_todos_agenda_item_id_governance_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."governance_agenda_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "governance_advice_rounds_body_id_index" ON "governance_advice_rounds" USING btree ("body_id");--> statement-breakpoint
CREATE INDEX "governance_advice_rounds_meeting_id_index" ON "governance_advice_rounds" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "governance_agenda_items_meeting_id_index" ON "governance_agenda_items" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "governance_agenda_items_carried_from_item_id_index" ON "governance_agenda_items" USING btree ("carried_from_item_id");--> statement-breakpoint
CREATE INDEX "governance_attendance_meeting_id_index" ON "governance_attendance" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "governance_bodies_collaboration_id_index" ON "governance_bodies" USING btree ("collaboration_id");--> statement-breakpoint
CREATE INDEX "governance_body_members_body_id_index" ON "governance_body_members" USING btree ("body_id");--> statement-breakpoint
CREATE INDEX "governance_body_members_collaboration_id_user_id_index" ON "governance_body_members" USING btree ("collaboration_id","user_id");--> statement-breakpoint
CREATE INDEX "governance_body_members_deputy_user_id_index" ON "governance_body_members" USING btree ("deputy_user_id");--> statement-breakpoint
CREATE INDEX "governance_decisions_collaboration_id_evaluate_on_index" ON "governance_decisions" USING btree ("collaboration_id","evaluate_on");--> statement-breakpoint
CREATE INDEX "governance_decisions_meeting_id_index" ON "governance_decisions" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "governance_documents_meeting_id_index" ON "governance_documents" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "governance_figure_snapshots_meeting_id_index" ON "governance_figure_snapshots" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "governance_meetings_collaboration_id_date_index" ON "governance_meetings" USING btree ("collaboration_id","date");--> statement-breakpoint
CREATE INDEX "governance_meetings_body_id_date_index" ON "governance_meetings" USING btree ("body_id","date");--> statement-breakpoint
CREATE INDEX "governance_todos_collaboration_id_status_index" ON "governance_todos" USING btree ("collaboration_id","status");--> statement-breakpoint
CREATE INDEX "governance_todos_body_id_index" ON "governance_todos" USING btree ("body_id");--> statement-breakpoint
CREATE INDEX "governance_todos_meeting_id_index" ON "governance_todos" USING btree ("meeting_id");