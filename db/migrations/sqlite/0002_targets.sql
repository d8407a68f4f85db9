CREATE TABLE `targets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`task_group_id` integer,
	`district_id` integer,
	`projects` integer DEFAULT 0 NOT NULL,
	`signed_investment` integer DEFAULT 0 NOT NULL,
	`fixed_asset` integer DEFAULT 0 NOT NULL,
	`funds_in_place` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`task_group_id`) REFERENCES `task_groups`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`district_id`) REFERENCES `districts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `targets_year_idx` ON `targets` (`year`);--> statement-breakpoint
CREATE INDEX `targets_task_group_idx` ON `targets` (`task_group_id`);--> statement-breakpoint
CREATE INDEX `targets_district_idx` ON `targets` (`district_id`);