CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"ip" text,
	"user_agent" text,
	"created_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sign_in_throttle" (
	"key" text PRIMARY KEY NOT NULL,
	"attempts" integer NOT NULL,
	"window_started_at" timestamp with time zone NOT NULL,
	"locked_until" timestamp with time zone
);
--> statement-breakpoint
DROP INDEX "targets_year_idx";--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "username" text;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "ip" text;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "user_agent" text;--> statement-breakpoint
ALTER TABLE "chain_nodes" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "must_change_password" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action","created_at");--> statement-breakpoint
-- Earlier builds could write a year's target twice under a race: keep the latest row of each.
DELETE FROM targets WHERE task_group_id IS NOT NULL AND id NOT IN (SELECT max(id) FROM targets WHERE task_group_id IS NOT NULL GROUP BY year, task_group_id);--> statement-breakpoint
DELETE FROM targets WHERE district_id IS NOT NULL AND id NOT IN (SELECT max(id) FROM targets WHERE district_id IS NOT NULL GROUP BY year, district_id);--> statement-breakpoint
CREATE UNIQUE INDEX "targets_year_group_uq" ON "targets" USING btree ("year","task_group_id");--> statement-breakpoint
CREATE UNIQUE INDEX "targets_year_district_uq" ON "targets" USING btree ("year","district_id");