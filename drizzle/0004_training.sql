CREATE TABLE "competition_entrants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"competition_id" uuid NOT NULL,
	"category" text NOT NULL,
	"seeker_id" uuid,
	"entrant_name" text,
	"organisation_id" uuid,
	"score" numeric(5, 2),
	"award" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "competition_entrants_person_check" CHECK (("competition_entrants"."seeker_id" is null) <> ("competition_entrants"."entrant_name" is null))
);
--> statement-breakpoint
CREATE TABLE "skill_competitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"organiser_id" uuid NOT NULL,
	"level" text NOT NULL,
	"categories" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"venue" text,
	"description" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_attendance" (
	"session_id" uuid NOT NULL,
	"enrolment_id" uuid NOT NULL,
	"is_present" boolean NOT NULL,
	CONSTRAINT "training_attendance_session_id_enrolment_id_pk" PRIMARY KEY("session_id","enrolment_id")
);
--> statement-breakpoint
CREATE TABLE "training_base_partners" (
	"base_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "training_base_partners_base_id_organisation_id_pk" PRIMARY KEY("base_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "training_bases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"name" text NOT NULL,
	"region_code" text NOT NULL,
	"address" text,
	"majors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"stations" integer NOT NULL,
	"capacity" integer NOT NULL,
	"opens_at" time NOT NULL,
	"closes_at" time NOT NULL,
	"status" text DEFAULT 'operating' NOT NULL,
	"is_provincial_demonstrative" boolean DEFAULT false NOT NULL,
	"completed_on" date,
	"description" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_bases_stations_check" CHECK ("training_bases"."stations" > 0 and "training_bases"."capacity" > 0),
	CONSTRAINT "training_bases_hours_check" CHECK ("training_bases"."closes_at" > "training_bases"."opens_at")
);
--> statement-breakpoint
CREATE TABLE "training_bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"base_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"booked_on" date NOT NULL,
	"starts_at" time NOT NULL,
	"ends_at" time NOT NULL,
	"stations" integer NOT NULL,
	"trainees" integer NOT NULL,
	"purpose" text NOT NULL,
	"status" text DEFAULT 'confirmed' NOT NULL,
	"cancelled_at" timestamp with time zone,
	"cancel_reason" text,
	"attended_trainees" integer,
	"attended_minutes" integer,
	"use_recorded_at" timestamp with time zone,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_bookings_range_check" CHECK ("training_bookings"."ends_at" > "training_bookings"."starts_at"),
	CONSTRAINT "training_bookings_size_check" CHECK ("training_bookings"."stations" > 0 and "training_bookings"."trainees" > 0)
);
--> statement-breakpoint
CREATE TABLE "training_enrolments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"seeker_id" uuid,
	"trainee_name" text,
	"affiliation" text,
	"status" text DEFAULT 'enrolled' NOT NULL,
	"completed_on" date,
	"certificate_no" text,
	"withdrawn_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_enrolments_trainee_check" CHECK (("training_enrolments"."seeker_id" is null) <> ("training_enrolments"."trainee_name" is null))
);
--> statement-breakpoint
CREATE TABLE "training_programmes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"title" text NOT NULL,
	"kind" text NOT NULL,
	"organiser_id" uuid NOT NULL,
	"base_id" uuid,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"capacity" integer NOT NULL,
	"total_hours" integer NOT NULL,
	"required_attendance_percent" integer DEFAULT 80 NOT NULL,
	"description" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_programmes_dates_check" CHECK ("training_programmes"."ends_on" >= "training_programmes"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "training_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"starts_at" time NOT NULL,
	"ends_at" time NOT NULL,
	"topic" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_sessions_range_check" CHECK ("training_sessions"."ends_at" > "training_sessions"."starts_at")
);
--> statement-breakpoint
ALTER TABLE "competition_entrants" ADD CONSTRAINT "competition_entrants_competition_id_skill_competitions_id_fk" FOREIGN KEY ("competition_id") REFERENCES "public"."skill_competitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_entrants" ADD CONSTRAINT "competition_entrants_seeker_id_seekers_id_fk" FOREIGN KEY ("seeker_id") REFERENCES "public"."seekers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competition_entrants" ADD CONSTRAINT "competition_entrants_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_competitions" ADD CONSTRAINT "skill_competitions_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "skill_competitions" ADD CONSTRAINT "skill_competitions_organiser_id_organisations_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_session_id_training_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendance" ADD CONSTRAINT "training_attendance_enrolment_id_training_enrolments_id_fk" FOREIGN KEY ("enrolment_id") REFERENCES "public"."training_enrolments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_base_partners" ADD CONSTRAINT "training_base_partners_base_id_training_bases_id_fk" FOREIGN KEY ("base_id") REFERENCES "public"."training_bases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_base_partners" ADD CONSTRAINT "training_base_partners_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_bases" ADD CONSTRAINT "training_bases_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_bookings" ADD CONSTRAINT "training_bookings_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_bookings" ADD CONSTRAINT "training_bookings_base_id_training_bases_id_fk" FOREIGN KEY ("base_id") REFERENCES "public"."training_bases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_bookings" ADD CONSTRAINT "training_bookings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_bookings" ADD CONSTRAINT "training_bookings_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_programme_id_training_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."training_programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_enrolments" ADD CONSTRAINT "training_enrolments_seeker_id_seekers_id_fk" FOREIGN KEY ("seeker_id") REFERENCES "public"."seekers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_programmes" ADD CONSTRAINT "training_programmes_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_programmes" ADD CONSTRAINT "training_programmes_organiser_id_organisations_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_programmes" ADD CONSTRAINT "training_programmes_base_id_training_bases_id_fk" FOREIGN KEY ("base_id") REFERENCES "public"."training_bases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_programme_id_training_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."training_programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "competition_entrants_competition_idx" ON "competition_entrants" USING btree ("competition_id","category");--> statement-breakpoint
CREATE UNIQUE INDEX "competition_entrants_seeker_key" ON "competition_entrants" USING btree ("competition_id","category","seeker_id") WHERE "competition_entrants"."seeker_id" is not null;--> statement-breakpoint
CREATE INDEX "skill_competitions_zone_idx" ON "skill_competitions" USING btree ("zone_id","held_on");--> statement-breakpoint
CREATE INDEX "training_attendance_enrolment_idx" ON "training_attendance" USING btree ("enrolment_id");--> statement-breakpoint
CREATE INDEX "training_base_partners_org_idx" ON "training_base_partners" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "training_bases_zone_idx" ON "training_bases" USING btree ("zone_id","status");--> statement-breakpoint
CREATE INDEX "training_bookings_base_day_idx" ON "training_bookings" USING btree ("base_id","booked_on") WHERE "training_bookings"."status" = 'confirmed';--> statement-breakpoint
CREATE INDEX "training_bookings_org_idx" ON "training_bookings" USING btree ("organisation_id","booked_on");--> statement-breakpoint
CREATE INDEX "training_bookings_zone_idx" ON "training_bookings" USING btree ("zone_id","booked_on");--> statement-breakpoint
CREATE INDEX "training_enrolments_programme_idx" ON "training_enrolments" USING btree ("programme_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "training_enrolments_seeker_key" ON "training_enrolments" USING btree ("programme_id","seeker_id") WHERE "training_enrolments"."seeker_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "training_enrolments_certificate_key" ON "training_enrolments" USING btree ("certificate_no");--> statement-breakpoint
CREATE INDEX "training_programmes_zone_idx" ON "training_programmes" USING btree ("zone_id","starts_on");--> statement-breakpoint
CREATE INDEX "training_sessions_programme_idx" ON "training_sessions" USING btree ("programme_id","held_on");