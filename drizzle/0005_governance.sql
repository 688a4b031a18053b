CREATE TABLE "agreement_documents" (
	"agreement_id" uuid PRIMARY KEY NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"byte_size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agreement_parties" (
	"agreement_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "agreement_parties_agreement_id_organisation_id_pk" PRIMARY KEY("agreement_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"title" text NOT NULL,
	"type" text NOT NULL,
	"scope" text NOT NULL,
	"signed_on" date,
	"end_on" date,
	"status" text DEFAULT 'draft' NOT NULL,
	"terminated_on" date,
	"termination_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appointment_outcomes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"appointment_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"detail" text,
	"occurred_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "core_products" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"industry" text NOT NULL,
	"product" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"description" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "council_terms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"role" text NOT NULL,
	"start_on" date NOT NULL,
	"end_on" date,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "council_terms_dates_check" CHECK ("council_terms"."end_on" is null or "council_terms"."end_on" >= "council_terms"."start_on")
);
--> statement-breakpoint
CREATE TABLE "demonstration_projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"title" text NOT NULL,
	"focus" text,
	"description" text,
	"lead_organisation_id" uuid,
	"filing_body" text,
	"filed_on" date,
	"start_on" date NOT NULL,
	"end_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "demonstration_projects_dates_check" CHECK ("demonstration_projects"."end_on" is null or "demonstration_projects"."end_on" >= "demonstration_projects"."start_on")
);
--> statement-breakpoint
CREATE TABLE "dual_appointments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"person_name" text NOT NULL,
	"home_post" text,
	"home_organisation_id" uuid NOT NULL,
	"host_organisation_id" uuid NOT NULL,
	"post" text NOT NULL,
	"direction" text NOT NULL,
	"start_on" date NOT NULL,
	"end_on" date,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dual_appointments_dates_check" CHECK ("dual_appointments"."end_on" is null or "dual_appointments"."end_on" >= "dual_appointments"."start_on")
);
--> statement-breakpoint
CREATE TABLE "meeting_attendees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"organisation_id" uuid,
	"person_name" text,
	"post" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "meeting_attendees_who_check" CHECK ("meeting_attendees"."organisation_id" is not null or "meeting_attendees"."person_name" is not null)
);
--> statement-breakpoint
CREATE TABLE "meeting_resolutions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"zone_id" uuid NOT NULL,
	"content" text NOT NULL,
	"owner_organisation_id" uuid,
	"owner_name" text,
	"due_on" date,
	"done_on" date,
	"progress_note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_resolutions_owner_check" CHECK ("meeting_resolutions"."owner_organisation_id" is not null or "meeting_resolutions"."owner_name" is not null)
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"type" text NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"venue" text,
	"agenda" text,
	"minutes" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"title" text NOT NULL,
	"due_on" date NOT NULL,
	"done_on" date,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "technology_needs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"industry" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"status" text DEFAULT 'open' NOT NULL,
	"challenge_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "visit_challenges" (
	"visit_id" uuid NOT NULL,
	"challenge_id" uuid NOT NULL,
	CONSTRAINT "visit_challenges_visit_id_challenge_id_pk" PRIMARY KEY("visit_id","challenge_id")
);
--> statement-breakpoint
CREATE TABLE "visit_organisations" (
	"visit_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	CONSTRAINT "visit_organisations_visit_id_organisation_id_pk" PRIMARY KEY("visit_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "visit_positions" (
	"visit_id" uuid NOT NULL,
	"position_id" uuid NOT NULL,
	CONSTRAINT "visit_positions_visit_id_position_id_pk" PRIMARY KEY("visit_id","position_id")
);
--> statement-breakpoint
CREATE TABLE "visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"held_on" date NOT NULL,
	"title" text NOT NULL,
	"visitors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"hiring_demand" text,
	"pain_points" text,
	"notes" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agreement_documents" ADD CONSTRAINT "agreement_documents_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_documents" ADD CONSTRAINT "agreement_documents_uploaded_by_accounts_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_parties" ADD CONSTRAINT "agreement_parties_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_parties" ADD CONSTRAINT "agreement_parties_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_outcomes" ADD CONSTRAINT "appointment_outcomes_appointment_id_dual_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."dual_appointments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "core_products" ADD CONSTRAINT "core_products_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "core_products" ADD CONSTRAINT "core_products_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_terms" ADD CONSTRAINT "council_terms_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_terms" ADD CONSTRAINT "council_terms_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demonstration_projects" ADD CONSTRAINT "demonstration_projects_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "demonstration_projects" ADD CONSTRAINT "demonstration_projects_lead_organisation_id_organisations_id_fk" FOREIGN KEY ("lead_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dual_appointments" ADD CONSTRAINT "dual_appointments_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dual_appointments" ADD CONSTRAINT "dual_appointments_home_organisation_id_organisations_id_fk" FOREIGN KEY ("home_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dual_appointments" ADD CONSTRAINT "dual_appointments_host_organisation_id_organisations_id_fk" FOREIGN KEY ("host_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendees" ADD CONSTRAINT "meeting_attendees_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendees" ADD CONSTRAINT "meeting_attendees_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_resolutions" ADD CONSTRAINT "meeting_resolutions_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_resolutions" ADD CONSTRAINT "meeting_resolutions_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_resolutions" ADD CONSTRAINT "meeting_resolutions_owner_organisation_id_organisations_id_fk" FOREIGN KEY ("owner_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_milestones" ADD CONSTRAINT "project_milestones_project_id_demonstration_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."demonstration_projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "technology_needs" ADD CONSTRAINT "technology_needs_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "technology_needs" ADD CONSTRAINT "technology_needs_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_challenges" ADD CONSTRAINT "visit_challenges_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_organisations" ADD CONSTRAINT "visit_organisations_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_organisations" ADD CONSTRAINT "visit_organisations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_positions" ADD CONSTRAINT "visit_positions_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_positions" ADD CONSTRAINT "visit_positions_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreement_parties_org_idx" ON "agreement_parties" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "agreements_zone_status_idx" ON "agreements" USING btree ("zone_id","status","end_on");--> statement-breakpoint
CREATE INDEX "appointment_outcomes_appointment_idx" ON "appointment_outcomes" USING btree ("appointment_id","occurred_on");--> statement-breakpoint
CREATE INDEX "core_products_zone_industry_idx" ON "core_products" USING btree ("zone_id","industry");--> statement-breakpoint
CREATE INDEX "core_products_org_idx" ON "core_products" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "council_terms_zone_idx" ON "council_terms" USING btree ("zone_id","start_on");--> statement-breakpoint
CREATE INDEX "council_terms_org_idx" ON "council_terms" USING btree ("organisation_id","start_on");--> statement-breakpoint
CREATE INDEX "demonstration_projects_zone_idx" ON "demonstration_projects" USING btree ("zone_id","start_on");--> statement-breakpoint
CREATE INDEX "dual_appointments_zone_idx" ON "dual_appointments" USING btree ("zone_id","start_on");--> statement-breakpoint
CREATE INDEX "dual_appointments_home_idx" ON "dual_appointments" USING btree ("home_organisation_id");--> statement-breakpoint
CREATE INDEX "dual_appointments_host_idx" ON "dual_appointments" USING btree ("host_organisation_id");--> statement-breakpoint
CREATE INDEX "meeting_attendees_meeting_idx" ON "meeting_attendees" USING btree ("meeting_id","sort_order");--> statement-breakpoint
CREATE INDEX "meeting_attendees_org_idx" ON "meeting_attendees" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "meeting_resolutions_meeting_idx" ON "meeting_resolutions" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "meeting_resolutions_zone_due_idx" ON "meeting_resolutions" USING btree ("zone_id","due_on");--> statement-breakpoint
CREATE INDEX "meeting_resolutions_owner_idx" ON "meeting_resolutions" USING btree ("owner_organisation_id");--> statement-breakpoint
CREATE INDEX "meetings_zone_held_idx" ON "meetings" USING btree ("zone_id","held_on");--> statement-breakpoint
CREATE INDEX "project_milestones_project_idx" ON "project_milestones" USING btree ("project_id","due_on");--> statement-breakpoint
CREATE INDEX "technology_needs_zone_industry_idx" ON "technology_needs" USING btree ("zone_id","industry","status");--> statement-breakpoint
CREATE INDEX "technology_needs_org_idx" ON "technology_needs" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "visit_challenges_challenge_idx" ON "visit_challenges" USING btree ("challenge_id");--> statement-breakpoint
CREATE INDEX "visit_organisations_org_idx" ON "visit_organisations" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "visit_positions_position_idx" ON "visit_positions" USING btree ("position_id");--> statement-breakpoint
CREATE INDEX "visits_zone_held_idx" ON "visits" USING btree ("zone_id","held_on");