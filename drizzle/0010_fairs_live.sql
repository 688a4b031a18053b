CREATE TABLE "fair_booth_positions" (
	"booth_id" uuid NOT NULL,
	"position_id" uuid NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "fair_booth_positions_booth_id_position_id_pk" PRIMARY KEY("booth_id","position_id")
);
--> statement-breakpoint
CREATE TABLE "fair_booths" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fair_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"booth_number" text,
	"contact_name" text NOT NULL,
	"contact_phone" text NOT NULL,
	"staff_count" integer DEFAULT 2 NOT NULL,
	"note" text,
	"reject_reason" text,
	"qr_token" text NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fair_checkin_scans" (
	"id" uuid PRIMARY KEY NOT NULL,
	"fair_id" uuid NOT NULL,
	"device_id" text NOT NULL,
	"ticket_code" text NOT NULL,
	"registration_id" uuid,
	"outcome" text NOT NULL,
	"scanned_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"account_id" uuid
);
--> statement-breakpoint
CREATE TABLE "fair_intents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fair_id" uuid NOT NULL,
	"booth_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"position_id" uuid NOT NULL,
	"seeker_id" uuid NOT NULL,
	"registration_id" uuid,
	"level" text NOT NULL,
	"note" text,
	"source" text NOT NULL,
	"resume_snapshot" jsonb,
	"resume_collected_at" timestamp with time zone,
	"accommodation_enc" text,
	"recorded_by" uuid,
	"idempotency_key" text,
	"follow_up_status" text,
	"follow_up_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fair_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fair_id" uuid NOT NULL,
	"seeker_id" uuid NOT NULL,
	"ticket_code" text NOT NULL,
	"source" text NOT NULL,
	"status" text DEFAULT 'registered' NOT NULL,
	"checked_in_at" timestamp with time zone,
	"checked_in_by" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fair_survey_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fair_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"respondent_kind" text NOT NULL,
	"organisation_id" uuid,
	"overall" smallint NOT NULL,
	"match_quality" smallint NOT NULL,
	"would_return" boolean NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fair_survey_scores_check" CHECK ("fair_survey_responses"."overall" between 1 and 5 and "fair_survey_responses"."match_quality" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "fairs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"special_focus" text,
	"title" text NOT NULL,
	"description" text,
	"venue" text NOT NULL,
	"region_code" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"host_organisation_id" uuid,
	"co_organiser_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"booth_capacity" integer NOT NULL,
	"seeker_capacity" integer,
	"registration_closes_at" timestamp with time zone,
	"status" text DEFAULT 'draft' NOT NULL,
	"survey_sent_at" timestamp with time zone,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fairs_dates_check" CHECK ("fairs"."ends_at" > "fairs"."starts_at"),
	CONSTRAINT "fairs_capacity_check" CHECK ("fairs"."booth_capacity" > 0 and ("fairs"."seeker_capacity" is null or "fairs"."seeker_capacity" > 0))
);
--> statement-breakpoint
CREATE TABLE "live_applications" (
	"application_id" uuid PRIMARY KEY NOT NULL,
	"session_id" uuid NOT NULL,
	"position_id" uuid NOT NULL,
	"seeker_id" uuid NOT NULL,
	"item_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "live_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"session_id" uuid NOT NULL,
	"type" text NOT NULL,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "live_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"asker_name" text NOT NULL,
	"position_id" uuid,
	"text" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"answer" text,
	"answered_by" uuid,
	"answered_at" timestamp with time zone,
	"idempotency_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "live_run_sheet_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"position_id" uuid NOT NULL,
	"sort_order" integer NOT NULL,
	"notes" text,
	"on_air_at" timestamp with time zone,
	"off_air_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "live_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"host_organisation_id" uuid,
	"title" text NOT NULL,
	"description" text,
	"stream_url" text NOT NULL,
	"presenter" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"on_air_item_id" uuid,
	"started_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"peak_viewers" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "live_sessions_dates_check" CHECK ("live_sessions"."ends_at" > "live_sessions"."starts_at")
);
--> statement-breakpoint
ALTER TABLE "fair_booth_positions" ADD CONSTRAINT "fair_booth_positions_booth_id_fair_booths_id_fk" FOREIGN KEY ("booth_id") REFERENCES "public"."fair_booths"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_booth_positions" ADD CONSTRAINT "fair_booth_positions_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_booths" ADD CONSTRAINT "fair_booths_fair_id_fairs_id_fk" FOREIGN KEY ("fair_id") REFERENCES "public"."fairs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_booths" ADD CONSTRAINT "fair_booths_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_booths" ADD CONSTRAINT "fair_booths_decided_by_accounts_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_booths" ADD CONSTRAINT "fair_booths_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_checkin_scans" ADD CONSTRAINT "fair_checkin_scans_fair_id_fairs_id_fk" FOREIGN KEY ("fair_id") REFERENCES "public"."fairs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_checkin_scans" ADD CONSTRAINT "fair_checkin_scans_registration_id_fair_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."fair_registrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_checkin_scans" ADD CONSTRAINT "fair_checkin_scans_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_intents" ADD CONSTRAINT "fair_intents_fair_id_fairs_id_fk" FOREIGN KEY ("fair_id") REFERENCES "public"."fairs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_intents" ADD CONSTRAINT "fair_intents_booth_id_fair_booths_id_fk" FOREIGN KEY ("booth_id") REFERENCES "public"."fair_booths"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_intents" ADD CONSTRAINT "fair_intents_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_intents" ADD CONSTRAINT "fair_intents_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_intents" ADD CONSTRAINT "fair_intents_seeker_id_seekers_id_fk" FOREIGN KEY ("seeker_id") REFERENCES "public"."seekers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_intents" ADD CONSTRAINT "fair_intents_registration_id_fair_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."fair_registrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_intents" ADD CONSTRAINT "fair_intents_recorded_by_accounts_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_registrations" ADD CONSTRAINT "fair_registrations_fair_id_fairs_id_fk" FOREIGN KEY ("fair_id") REFERENCES "public"."fairs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_registrations" ADD CONSTRAINT "fair_registrations_seeker_id_seekers_id_fk" FOREIGN KEY ("seeker_id") REFERENCES "public"."seekers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_registrations" ADD CONSTRAINT "fair_registrations_checked_in_by_accounts_id_fk" FOREIGN KEY ("checked_in_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_registrations" ADD CONSTRAINT "fair_registrations_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_survey_responses" ADD CONSTRAINT "fair_survey_responses_fair_id_fairs_id_fk" FOREIGN KEY ("fair_id") REFERENCES "public"."fairs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_survey_responses" ADD CONSTRAINT "fair_survey_responses_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fair_survey_responses" ADD CONSTRAINT "fair_survey_responses_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fairs" ADD CONSTRAINT "fairs_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fairs" ADD CONSTRAINT "fairs_host_organisation_id_organisations_id_fk" FOREIGN KEY ("host_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fairs" ADD CONSTRAINT "fairs_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_applications" ADD CONSTRAINT "live_applications_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_applications" ADD CONSTRAINT "live_applications_session_id_live_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."live_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_applications" ADD CONSTRAINT "live_applications_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_applications" ADD CONSTRAINT "live_applications_seeker_id_seekers_id_fk" FOREIGN KEY ("seeker_id") REFERENCES "public"."seekers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_applications" ADD CONSTRAINT "live_applications_item_id_live_run_sheet_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."live_run_sheet_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_events" ADD CONSTRAINT "live_events_session_id_live_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."live_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_questions" ADD CONSTRAINT "live_questions_session_id_live_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."live_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_questions" ADD CONSTRAINT "live_questions_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_questions" ADD CONSTRAINT "live_questions_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_questions" ADD CONSTRAINT "live_questions_answered_by_accounts_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_run_sheet_items" ADD CONSTRAINT "live_run_sheet_items_session_id_live_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."live_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_run_sheet_items" ADD CONSTRAINT "live_run_sheet_items_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_sessions" ADD CONSTRAINT "live_sessions_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_sessions" ADD CONSTRAINT "live_sessions_host_organisation_id_organisations_id_fk" FOREIGN KEY ("host_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_sessions" ADD CONSTRAINT "live_sessions_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "fair_booth_positions_position_idx" ON "fair_booth_positions" USING btree ("position_id");--> statement-breakpoint
CREATE UNIQUE INDEX "fair_booths_fair_org_key" ON "fair_booths" USING btree ("fair_id","organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "fair_booths_number_key" ON "fair_booths" USING btree ("fair_id","booth_number") WHERE "fair_booths"."booth_number" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "fair_booths_qr_token_key" ON "fair_booths" USING btree ("qr_token");--> statement-breakpoint
CREATE INDEX "fair_booths_org_idx" ON "fair_booths" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "fair_checkin_scans_fair_idx" ON "fair_checkin_scans" USING btree ("fair_id","received_at");--> statement-breakpoint
CREATE UNIQUE INDEX "fair_intents_fair_position_seeker_key" ON "fair_intents" USING btree ("fair_id","position_id","seeker_id");--> statement-breakpoint
CREATE UNIQUE INDEX "fair_intents_idempotency_key" ON "fair_intents" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "fair_intents_org_idx" ON "fair_intents" USING btree ("organisation_id","fair_id");--> statement-breakpoint
CREATE INDEX "fair_intents_seeker_idx" ON "fair_intents" USING btree ("seeker_id");--> statement-breakpoint
CREATE INDEX "fair_intents_fair_created_idx" ON "fair_intents" USING btree ("fair_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "fair_registrations_fair_seeker_key" ON "fair_registrations" USING btree ("fair_id","seeker_id");--> statement-breakpoint
CREATE UNIQUE INDEX "fair_registrations_ticket_key" ON "fair_registrations" USING btree ("ticket_code");--> statement-breakpoint
CREATE INDEX "fair_registrations_seeker_idx" ON "fair_registrations" USING btree ("seeker_id");--> statement-breakpoint
CREATE UNIQUE INDEX "fair_survey_responses_fair_account_key" ON "fair_survey_responses" USING btree ("fair_id","account_id");--> statement-breakpoint
CREATE INDEX "fairs_zone_starts_idx" ON "fairs" USING btree ("zone_id","starts_at");--> statement-breakpoint
CREATE INDEX "live_applications_session_idx" ON "live_applications" USING btree ("session_id","position_id");--> statement-breakpoint
CREATE INDEX "live_events_session_idx" ON "live_events" USING btree ("session_id","id");--> statement-breakpoint
CREATE INDEX "live_questions_session_idx" ON "live_questions" USING btree ("session_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "live_questions_idempotency_key" ON "live_questions" USING btree ("idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "live_run_sheet_items_session_position_key" ON "live_run_sheet_items" USING btree ("session_id","position_id");--> statement-breakpoint
CREATE INDEX "live_run_sheet_items_session_idx" ON "live_run_sheet_items" USING btree ("session_id","sort_order");--> statement-breakpoint
CREATE INDEX "live_sessions_zone_starts_idx" ON "live_sessions" USING btree ("zone_id","starts_at");