CREATE TABLE "lead_report_years" (
	"year" integer NOT NULL,
	"lead_id" integer NOT NULL,
	"months" integer NOT NULL,
	CONSTRAINT "lead_report_years_pk" PRIMARY KEY("year","lead_id")
);
--> statement-breakpoint
CREATE TABLE "lead_stage_totals" (
	"task_group_id" integer NOT NULL,
	"stage" text NOT NULL,
	"leads" integer NOT NULL,
	"planned_investment" integer NOT NULL,
	"signed_investment" integer NOT NULL,
	CONSTRAINT "lead_stage_totals_pk" PRIMARY KEY("task_group_id","stage")
);
