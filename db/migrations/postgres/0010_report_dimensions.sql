ALTER TABLE "investment_reports" ADD COLUMN "task_group_id" integer;--> statement-breakpoint
ALTER TABLE "investment_reports" ADD COLUMN "district_id" integer;--> statement-breakpoint
ALTER TABLE "investment_reports" ADD COLUMN "industry_id" integer;--> statement-breakpoint
ALTER TABLE "investment_reports" ADD COLUMN "source" text;--> statement-breakpoint
CREATE INDEX "investment_reports_month_dims_idx" ON "investment_reports" USING btree ("month_on","task_group_id","district_id","industry_id","source","fixed_asset","funds_in_place");