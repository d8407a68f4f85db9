CREATE TABLE `office_settings` (
	`id` integer PRIMARY KEY DEFAULT 1 NOT NULL,
	`city_name` text NOT NULL,
	`agency_name` text NOT NULL,
	`updated_by_id` integer,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`updated_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
