ALTER TABLE "lead_events" ADD COLUMN "stage_days" integer;--> statement-breakpoint
ALTER TABLE "leads" ADD COLUMN "furthest_stage" text;--> statement-breakpoint
CREATE INDEX "lead_events_stage_moves_idx" ON "lead_events" USING btree ("occurred_at","from_stage","stage_days") WHERE kind = 'stage';--> statement-breakpoint
CREATE INDEX "leads_furthest_stage_idx" ON "leads" USING btree ("furthest_stage","task_group_id");