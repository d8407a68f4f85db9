CREATE TABLE `chat_channels` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`webhook_url` text NOT NULL,
	`secret` text,
	`audience` text NOT NULL,
	`task_group_id` integer,
	`is_active` integer DEFAULT true NOT NULL,
	`consecutive_failures` integer DEFAULT 0 NOT NULL,
	`paused_at` integer,
	`paused_reason` text,
	`created_by_id` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`task_group_id`) REFERENCES `task_groups`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `chat_channels_group_idx` ON `chat_channels` (`task_group_id`);--> statement-breakpoint
CREATE TABLE `chat_deliveries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`message_id` integer NOT NULL,
	`channel_id` integer NOT NULL,
	`attempted_at` integer NOT NULL,
	`ok` integer NOT NULL,
	`http_status` integer,
	`error` text,
	`duration_ms` integer,
	FOREIGN KEY (`message_id`) REFERENCES `chat_messages`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`channel_id`) REFERENCES `chat_channels`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `chat_deliveries_channel_idx` ON `chat_deliveries` (`channel_id`,`attempted_at`);--> statement-breakpoint
CREATE INDEX `chat_deliveries_message_idx` ON `chat_deliveries` (`message_id`);--> statement-breakpoint
CREATE TABLE `chat_messages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`channel_id` integer NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`dedupe_key` text,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`last_error` text,
	`created_at` integer NOT NULL,
	`sent_at` integer,
	FOREIGN KEY (`channel_id`) REFERENCES `chat_channels`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `chat_messages_dedupe_uq` ON `chat_messages` (`dedupe_key`);--> statement-breakpoint
CREATE INDEX `chat_messages_due_idx` ON `chat_messages` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `chat_messages_channel_idx` ON `chat_messages` (`channel_id`,`id`);--> statement-breakpoint
CREATE TABLE `job_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`job` text NOT NULL,
	`slot` text NOT NULL,
	`status` text NOT NULL,
	`holder` text NOT NULL,
	`lease_until` integer NOT NULL,
	`attempts` integer DEFAULT 1 NOT NULL,
	`started_at` integer NOT NULL,
	`finished_at` integer,
	`result` text,
	`error` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `job_runs_job_slot_uq` ON `job_runs` (`job`,`slot`);--> statement-breakpoint
CREATE INDEX `job_runs_started_idx` ON `job_runs` (`started_at`);--> statement-breakpoint
CREATE TABLE `notification_preferences` (
	`user_id` integer NOT NULL,
	`kind` text NOT NULL,
	`delivery` text NOT NULL,
	PRIMARY KEY(`user_id`, `kind`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `notifications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`kind` text NOT NULL,
	`task_id` integer,
	`lead_id` integer,
	`actor_id` integer,
	`params` text,
	`dedupe_key` text,
	`read_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`task_id`) REFERENCES `tasks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`lead_id`) REFERENCES `leads`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `notifications_user_idx` ON `notifications` (`user_id`,`id`);--> statement-breakpoint
CREATE INDEX `notifications_unread_idx` ON `notifications` (`user_id`) WHERE read_at is null;--> statement-breakpoint
CREATE INDEX `notifications_created_idx` ON `notifications` (`created_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `notifications_dedupe_uq` ON `notifications` (`dedupe_key`);--> statement-breakpoint
ALTER TABLE `office_settings` ADD `report_due_day` integer;--> statement-breakpoint
ALTER TABLE `tasks` ADD `trip_id` integer REFERENCES trips(id);--> statement-breakpoint
ALTER TABLE `tasks` ADD `lead_event_id` integer REFERENCES lead_events(id);--> statement-breakpoint
CREATE UNIQUE INDEX `tasks_follow_up_uq` ON `tasks` (`lead_id`) WHERE source = 'follow_up';--> statement-breakpoint
CREATE UNIQUE INDEX `tasks_lead_event_uq` ON `tasks` (`lead_event_id`);--> statement-breakpoint
CREATE INDEX `tasks_lead_status_due_idx` ON `tasks` (`lead_id`,`status`,`due_on`) WHERE lead_id is not null;--> statement-breakpoint
CREATE INDEX `tasks_status_due_idx` ON `tasks` (`status`,`due_on`);--> statement-breakpoint
-- A lead's next follow-up date (下次跟进日期) is its owner's task from now on: the dates already set become open tasks.
INSERT INTO tasks (title, owner_id, due_on, status, source, lead_id, task_group_id, created_by_id, created_at, updated_at, version)
SELECT name, owner_id, next_follow_up_on, 'open', 'follow_up', id, task_group_id, owner_id, updated_at, updated_at, 1
FROM leads WHERE next_follow_up_on IS NOT NULL AND stage <> 'dropped';
--> statement-breakpoint
-- A meeting's step belongs to its owner's task group (the first, for someone in several): the group's lead, 督办 and the group's digest see it.
UPDATE tasks SET task_group_id = (SELECT min(m.task_group_id) FROM task_group_members m WHERE m.user_id = tasks.owner_id)
WHERE source = 'meeting' AND task_group_id IS NULL;
