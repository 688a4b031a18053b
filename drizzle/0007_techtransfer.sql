CREATE TABLE "achievement_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"registration_number" text NOT NULL,
	"title" text NOT NULL,
	"organisation_id" uuid NOT NULL,
	"registered_on" date NOT NULL,
	"level" text NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "challenge_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"challenge_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"approach" text NOT NULL,
	"quoted_fen" bigint NOT NULL,
	"duration_months" integer NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "patent_owners" (
	"patent_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"organisation_id" uuid,
	"name" text NOT NULL,
	CONSTRAINT "patent_owners_patent_id_position_pk" PRIMARY KEY("patent_id","position")
);
--> statement-breakpoint
CREATE TABLE "patent_status_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"patent_id" uuid NOT NULL,
	"status" text NOT NULL,
	"effective_on" date NOT NULL,
	"note" text,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "patent_transfers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"patent_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"from_organisation_id" uuid NOT NULL,
	"to_organisation_id" uuid NOT NULL,
	"amount_fen" bigint NOT NULL,
	"contract_on" date NOT NULL,
	"note" text,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "patents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"application_number" text NOT NULL,
	"type" text NOT NULL,
	"title" text NOT NULL,
	"inventors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"filed_on" date NOT NULL,
	"granted_on" date,
	"legal_status" text NOT NULL,
	"legal_status_on" date NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ra_positions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"project" text,
	"developed_on" date NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ra_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"organisation_id" uuid,
	"target" integer NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tech_challenges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"industry" text NOT NULL,
	"budget_fen" bigint NOT NULL,
	"deadline" date NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"contract_id" uuid,
	"status_reason" text,
	"published_at" timestamp with time zone,
	"awarded_at" timestamp with time zone,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tech_contracts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"contract_number" text NOT NULL,
	"title" text NOT NULL,
	"type" text NOT NULL,
	"seller_organisation_id" uuid,
	"seller_name" text NOT NULL,
	"buyer_organisation_id" uuid,
	"buyer_name" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"signed_on" date,
	"registered_on" date NOT NULL,
	"registry" text NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "achievement_registrations" ADD CONSTRAINT "achievement_registrations_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "achievement_registrations" ADD CONSTRAINT "achievement_registrations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "achievement_registrations" ADD CONSTRAINT "achievement_registrations_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenge_proposals" ADD CONSTRAINT "challenge_proposals_challenge_id_tech_challenges_id_fk" FOREIGN KEY ("challenge_id") REFERENCES "public"."tech_challenges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenge_proposals" ADD CONSTRAINT "challenge_proposals_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenge_proposals" ADD CONSTRAINT "challenge_proposals_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patent_owners" ADD CONSTRAINT "patent_owners_patent_id_patents_id_fk" FOREIGN KEY ("patent_id") REFERENCES "public"."patents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patent_owners" ADD CONSTRAINT "patent_owners_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patent_status_events" ADD CONSTRAINT "patent_status_events_patent_id_patents_id_fk" FOREIGN KEY ("patent_id") REFERENCES "public"."patents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patent_status_events" ADD CONSTRAINT "patent_status_events_recorded_by_accounts_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patent_transfers" ADD CONSTRAINT "patent_transfers_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patent_transfers" ADD CONSTRAINT "patent_transfers_patent_id_patents_id_fk" FOREIGN KEY ("patent_id") REFERENCES "public"."patents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patent_transfers" ADD CONSTRAINT "patent_transfers_from_organisation_id_organisations_id_fk" FOREIGN KEY ("from_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patent_transfers" ADD CONSTRAINT "patent_transfers_to_organisation_id_organisations_id_fk" FOREIGN KEY ("to_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patent_transfers" ADD CONSTRAINT "patent_transfers_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patents" ADD CONSTRAINT "patents_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patents" ADD CONSTRAINT "patents_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ra_positions" ADD CONSTRAINT "ra_positions_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ra_positions" ADD CONSTRAINT "ra_positions_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ra_positions" ADD CONSTRAINT "ra_positions_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ra_targets" ADD CONSTRAINT "ra_targets_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ra_targets" ADD CONSTRAINT "ra_targets_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ra_targets" ADD CONSTRAINT "ra_targets_updated_by_accounts_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tech_challenges" ADD CONSTRAINT "tech_challenges_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tech_challenges" ADD CONSTRAINT "tech_challenges_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tech_challenges" ADD CONSTRAINT "tech_challenges_contract_id_tech_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."tech_contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tech_challenges" ADD CONSTRAINT "tech_challenges_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tech_contracts" ADD CONSTRAINT "tech_contracts_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tech_contracts" ADD CONSTRAINT "tech_contracts_seller_organisation_id_organisations_id_fk" FOREIGN KEY ("seller_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tech_contracts" ADD CONSTRAINT "tech_contracts_buyer_organisation_id_organisations_id_fk" FOREIGN KEY ("buyer_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tech_contracts" ADD CONSTRAINT "tech_contracts_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "achievement_registrations_zone_number_key" ON "achievement_registrations" USING btree ("zone_id","registration_number");--> statement-breakpoint
CREATE INDEX "achievement_registrations_zone_date_idx" ON "achievement_registrations" USING btree ("zone_id","registered_on");--> statement-breakpoint
CREATE INDEX "achievement_registrations_org_idx" ON "achievement_registrations" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "challenge_proposals_live_key" ON "challenge_proposals" USING btree ("challenge_id","organisation_id") WHERE "challenge_proposals"."status" <> 'withdrawn';--> statement-breakpoint
CREATE UNIQUE INDEX "challenge_proposals_chosen_key" ON "challenge_proposals" USING btree ("challenge_id") WHERE "challenge_proposals"."status" in ('selected', 'awarded');--> statement-breakpoint
CREATE INDEX "challenge_proposals_org_idx" ON "challenge_proposals" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "patent_owners_organisation_idx" ON "patent_owners" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "patent_status_events_patent_idx" ON "patent_status_events" USING btree ("patent_id","effective_on");--> statement-breakpoint
CREATE INDEX "patent_transfers_zone_date_idx" ON "patent_transfers" USING btree ("zone_id","contract_on");--> statement-breakpoint
CREATE INDEX "patent_transfers_patent_idx" ON "patent_transfers" USING btree ("patent_id");--> statement-breakpoint
CREATE INDEX "patent_transfers_from_idx" ON "patent_transfers" USING btree ("from_organisation_id");--> statement-breakpoint
CREATE INDEX "patent_transfers_to_idx" ON "patent_transfers" USING btree ("to_organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "patents_zone_number_key" ON "patents" USING btree ("zone_id","application_number");--> statement-breakpoint
CREATE INDEX "patents_zone_granted_idx" ON "patents" USING btree ("zone_id","granted_on");--> statement-breakpoint
CREATE INDEX "patents_zone_type_status_idx" ON "patents" USING btree ("zone_id","type","legal_status");--> statement-breakpoint
CREATE INDEX "ra_positions_zone_date_idx" ON "ra_positions" USING btree ("zone_id","developed_on");--> statement-breakpoint
CREATE INDEX "ra_positions_org_date_idx" ON "ra_positions" USING btree ("organisation_id","developed_on");--> statement-breakpoint
CREATE UNIQUE INDEX "ra_targets_zone_year_key" ON "ra_targets" USING btree ("zone_id","year") WHERE "ra_targets"."organisation_id" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "ra_targets_zone_year_org_key" ON "ra_targets" USING btree ("zone_id","year","organisation_id") WHERE "ra_targets"."organisation_id" is not null;--> statement-breakpoint
CREATE INDEX "tech_challenges_zone_status_idx" ON "tech_challenges" USING btree ("zone_id","status");--> statement-breakpoint
CREATE INDEX "tech_challenges_org_idx" ON "tech_challenges" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tech_challenges_contract_key" ON "tech_challenges" USING btree ("contract_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tech_contracts_zone_number_key" ON "tech_contracts" USING btree ("zone_id","contract_number");--> statement-breakpoint
CREATE INDEX "tech_contracts_zone_registered_idx" ON "tech_contracts" USING btree ("zone_id","registered_on");--> statement-breakpoint
CREATE INDEX "tech_contracts_seller_idx" ON "tech_contracts" USING btree ("seller_organisation_id");--> statement-breakpoint
CREATE INDEX "tech_contracts_buyer_idx" ON "tech_contracts" USING btree ("buyer_organisation_id");