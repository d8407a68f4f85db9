CREATE TABLE `tasks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`owner_id` integer NOT NULL,
	`due_on` text,
	`status` text DEFAULT 'open' NOT NULL,
	`source` text NOT NULL,
	`meeting_id` integer,
	`lead_id` integer,
	`task_group_id` integer,
	`done_note` text,
	`done_at` integer,
	`created_by_id` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`lead_id`) REFERENCES `leads`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`task_group_id`) REFERENCES `task_groups`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `tasks_owner_status_due_idx` ON `tasks` (`owner_id`,`status`,`due_on`);--> statement-breakpoint
CREATE INDEX `tasks_group_status_due_idx` ON `tasks` (`task_group_id`,`status`,`due_on`);--> statement-breakpoint
CREATE UNIQUE INDEX `tasks_meeting_uq` ON `tasks` (`meeting_id`);--> statement-breakpoint
-- The next steps of meetings already recorded become their tasks (open: nobody has said they are done).
INSERT INTO tasks (title, owner_id, due_on, status, source, meeting_id, created_by_id, created_at, updated_at)
SELECT next_steps, next_step_owner_id, next_step_due_on, 'open', 'meeting', id, created_by_id, updated_at, updated_at
FROM meetings WHERE trim(coalesce(next_steps, '')) <> '' AND next_step_owner_id IS NOT NULL;
