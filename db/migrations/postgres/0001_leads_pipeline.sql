CREATE TABLE "stage_settings" (
	"stage" text PRIMARY KEY NOT NULL,
	"stale_days" integer,
	"updated_by_id" integer,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
DROP INDEX "leads_group_stage_idx";--> statement-breakpoint
DROP INDEX "leads_stage_idx";--> statement-breakpoint
ALTER TABLE "lead_events" ADD COLUMN "field" text;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "updated_by_id" integer;--> statement-breakpoint
ALTER TABLE "stage_settings" ADD CONSTRAINT "stage_settings_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leads" ADD CONSTRAINT "leads_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "leads_group_stage_activity_idx" ON "leads" USING btree ("task_group_id","stage","last_activity_at");--> statement-breakpoint
CREATE INDEX "leads_stage_activity_idx" ON "leads" USING btree ("stage","last_activity_at");--> statement-breakpoint
CREATE INDEX "leads_stage_amounts_idx" ON "leads" USING btree ("stage","planned_investment","signed_investment");