CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`ip` text,
	`user_agent` text,
	`created_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `sign_in_throttle` (
	`key` text PRIMARY KEY NOT NULL,
	`attempts` integer NOT NULL,
	`window_started_at` integer NOT NULL,
	`locked_until` integer
);
--> statement-breakpoint
DROP INDEX `targets_year_idx`;--> statement-breakpoint
-- Earlier builds could write a year's target twice under a race: keep the latest row of each.
DELETE FROM targets WHERE task_group_id IS NOT NULL AND id NOT IN (SELECT max(id) FROM targets WHERE task_group_id IS NOT NULL GROUP BY year, task_group_id);--> statement-breakpoint
DELETE FROM targets WHERE district_id IS NOT NULL AND id NOT IN (SELECT max(id) FROM targets WHERE district_id IS NOT NULL GROUP BY year, district_id);--> statement-breakpoint
CREATE UNIQUE INDEX `targets_year_group_uq` ON `targets` (`year`,`task_group_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `targets_year_district_uq` ON `targets` (`year`,`district_id`);--> statement-breakpoint
ALTER TABLE `audit_log` ADD `username` text;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `ip` text;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `user_agent` text;--> statement-breakpoint
CREATE INDEX `audit_log_action_idx` ON `audit_log` (`action`,`created_at`);--> statement-breakpoint
ALTER TABLE `chain_nodes` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `contacts` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `must_change_password` integer DEFAULT false NOT NULL;