CREATE TABLE "innovation_index_weights" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"weights" jsonb NOT NULL,
	"note" text,
	"published_by" uuid,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "innovation_loan_disbursements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"loan_id" uuid NOT NULL,
	"disbursed_on" date NOT NULL,
	"amount_fen" bigint NOT NULL,
	"note" text,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "innovation_loan_disbursements_amount_check" CHECK ("innovation_loan_disbursements"."amount_fen" > 0)
);
--> statement-breakpoint
CREATE TABLE "innovation_loans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"bank_id" uuid NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"amount_requested_fen" bigint NOT NULL,
	"purpose" text NOT NULL,
	"term_months_requested" integer NOT NULL,
	"index_year" integer NOT NULL,
	"index_score" double precision NOT NULL,
	"index_snapshot" jsonb NOT NULL,
	"consent_text" text NOT NULL,
	"consented_at" timestamp with time zone NOT NULL,
	"applied_by" uuid,
	"submitted_on" date NOT NULL,
	"review_started_at" timestamp with time zone,
	"approved_amount_fen" bigint,
	"rate_bp" integer,
	"approved_term_months" integer,
	"decline_reason" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decided_on" date,
	"withdrawn_at" timestamp with time zone,
	"disbursed_fen" bigint DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "innovation_loans_status_check" CHECK ("innovation_loans"."status" in ('submitted', 'under_review', 'approved', 'declined', 'withdrawn', 'disbursed')),
	CONSTRAINT "innovation_loans_requested_check" CHECK ("innovation_loans"."amount_requested_fen" > 0 and "innovation_loans"."term_months_requested" > 0),
	CONSTRAINT "innovation_loans_approval_check" CHECK ("innovation_loans"."status" not in ('approved', 'disbursed') or ("innovation_loans"."approved_amount_fen" > 0 and "innovation_loans"."rate_bp" > 0 and "innovation_loans"."approved_term_months" > 0 and "innovation_loans"."decided_on" is not null)),
	CONSTRAINT "innovation_loans_disbursed_check" CHECK ("innovation_loans"."disbursed_fen" >= 0 and "innovation_loans"."disbursed_fen" <= coalesce("innovation_loans"."approved_amount_fen", 0))
);
--> statement-breakpoint
CREATE TABLE "rd_inputs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"zone_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"rd_staff" integer NOT NULL,
	"total_staff" integer NOT NULL,
	"rd_spending_fen" bigint NOT NULL,
	"revenue_fen" bigint,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rd_inputs_staff_check" CHECK ("rd_inputs"."total_staff" > 0 and "rd_inputs"."rd_staff" >= 0 and "rd_inputs"."rd_staff" <= "rd_inputs"."total_staff"),
	CONSTRAINT "rd_inputs_money_check" CHECK ("rd_inputs"."rd_spending_fen" >= 0 and ("rd_inputs"."revenue_fen" is null or "rd_inputs"."revenue_fen" >= 0))
);
--> statement-breakpoint
ALTER TABLE "innovation_index_weights" ADD CONSTRAINT "innovation_index_weights_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovation_index_weights" ADD CONSTRAINT "innovation_index_weights_published_by_accounts_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovation_loan_disbursements" ADD CONSTRAINT "innovation_loan_disbursements_loan_id_innovation_loans_id_fk" FOREIGN KEY ("loan_id") REFERENCES "public"."innovation_loans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovation_loan_disbursements" ADD CONSTRAINT "innovation_loan_disbursements_recorded_by_accounts_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovation_loans" ADD CONSTRAINT "innovation_loans_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovation_loans" ADD CONSTRAINT "innovation_loans_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovation_loans" ADD CONSTRAINT "innovation_loans_bank_id_organisations_id_fk" FOREIGN KEY ("bank_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovation_loans" ADD CONSTRAINT "innovation_loans_applied_by_accounts_id_fk" FOREIGN KEY ("applied_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovation_loans" ADD CONSTRAINT "innovation_loans_decided_by_accounts_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rd_inputs" ADD CONSTRAINT "rd_inputs_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rd_inputs" ADD CONSTRAINT "rd_inputs_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rd_inputs" ADD CONSTRAINT "rd_inputs_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rd_inputs" ADD CONSTRAINT "rd_inputs_updated_by_accounts_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "innovation_index_weights_zone_version_key" ON "innovation_index_weights" USING btree ("zone_id","version");--> statement-breakpoint
CREATE INDEX "innovation_loan_disbursements_loan_idx" ON "innovation_loan_disbursements" USING btree ("loan_id","disbursed_on");--> statement-breakpoint
CREATE INDEX "innovation_loans_zone_status_idx" ON "innovation_loans" USING btree ("zone_id","status");--> statement-breakpoint
CREATE INDEX "innovation_loans_bank_idx" ON "innovation_loans" USING btree ("bank_id","submitted_on");--> statement-breakpoint
CREATE INDEX "innovation_loans_organisation_idx" ON "innovation_loans" USING btree ("organisation_id","submitted_on");--> statement-breakpoint
CREATE INDEX "innovation_loans_zone_decided_idx" ON "innovation_loans" USING btree ("zone_id","decided_on");--> statement-breakpoint
CREATE UNIQUE INDEX "rd_inputs_organisation_year_key" ON "rd_inputs" USING btree ("organisation_id","year");--> statement-breakpoint
CREATE INDEX "rd_inputs_zone_year_idx" ON "rd_inputs" USING btree ("zone_id","year");