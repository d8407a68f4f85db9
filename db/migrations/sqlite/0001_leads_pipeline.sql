CREATE TABLE `stage_settings` (
	`stage` text PRIMARY KEY NOT NULL,
	`stale_days` integer,
	`updated_by_id` integer,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`updated_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
DROP INDEX `leads_group_stage_idx`;--> statement-breakpoint
DROP INDEX `leads_stage_idx`;--> statement-breakpoint
ALTER TABLE `leads` ADD `updated_by_id` integer REFERENCES users(id);--> statement-breakpoint
CREATE INDEX `leads_group_stage_activity_idx` ON `leads` (`task_group_id`,`stage`,`last_activity_at`);--> statement-breakpoint
CREATE INDEX `leads_stage_activity_idx` ON `leads` (`stage`,`last_activity_at`);--> statement-breakpoint
CREATE INDEX `leads_stage_amounts_idx` ON `leads` (`stage`,`planned_investment`,`signed_investment`);--> statement-breakpoint
ALTER TABLE `lead_events` ADD `field` text;