CREATE TABLE `agreements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partner_id` integer NOT NULL,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`signed_on` text,
	`sectors` text,
	`signatories` text,
	`status` text NOT NULL,
	`notes` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `agreements_partner_idx` ON `agreements` (`partner_id`);--> statement-breakpoint
CREATE INDEX `agreements_kind_idx` ON `agreements` (`kind`);--> statement-breakpoint
CREATE INDEX `agreements_signed_on_idx` ON `agreements` (`signed_on`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`actor_id` integer,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer,
	`details` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_log_entity_idx` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE INDEX `audit_log_actor_idx` ON `audit_log` (`actor_id`);--> statement-breakpoint
CREATE INDEX `audit_log_created_at_idx` ON `audit_log` (`created_at`);--> statement-breakpoint
CREATE TABLE `chain_node_companies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`chain_node_id` integer NOT NULL,
	`company_id` integer NOT NULL,
	`role` text NOT NULL,
	`priority` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`chain_node_id`) REFERENCES `chain_nodes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `chain_node_companies_uq` ON `chain_node_companies` (`chain_node_id`,`company_id`);--> statement-breakpoint
CREATE INDEX `chain_node_companies_company_idx` ON `chain_node_companies` (`company_id`);--> statement-breakpoint
CREATE TABLE `chain_nodes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`chain_id` integer NOT NULL,
	`parent_id` integer,
	`name` text NOT NULL,
	`position` text NOT NULL,
	`presence` text NOT NULL,
	`aim` text,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`chain_id`) REFERENCES `chains`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`parent_id`) REFERENCES `chain_nodes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `chain_nodes_chain_idx` ON `chain_nodes` (`chain_id`);--> statement-breakpoint
CREATE INDEX `chain_nodes_parent_idx` ON `chain_nodes` (`parent_id`);--> statement-breakpoint
CREATE TABLE `chains` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`district_id` integer NOT NULL,
	`industry_id` integer NOT NULL,
	`description` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`district_id`) REFERENCES `districts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`industry_id`) REFERENCES `industries`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `chains_name_uq` ON `chains` (`name`);--> statement-breakpoint
CREATE INDEX `chains_district_idx` ON `chains` (`district_id`);--> statement-breakpoint
CREATE INDEX `chains_industry_idx` ON `chains` (`industry_id`);--> statement-breakpoint
CREATE TABLE `companies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`normalized_name` text NOT NULL,
	`credit_code` text,
	`industry_id` integer,
	`province` text,
	`city` text,
	`address` text,
	`description` text,
	`created_by_id` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`industry_id`) REFERENCES `industries`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `companies_normalized_name_uq` ON `companies` (`normalized_name`);--> statement-breakpoint
CREATE UNIQUE INDEX `companies_credit_code_uq` ON `companies` (`credit_code`);--> statement-breakpoint
CREATE INDEX `companies_industry_idx` ON `companies` (`industry_id`);--> statement-breakpoint
CREATE INDEX `companies_city_idx` ON `companies` (`city`);--> statement-breakpoint
CREATE TABLE `contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`company_id` integer NOT NULL,
	`name` text NOT NULL,
	`title` text,
	`phone` text,
	`email` text,
	`notes` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `contacts_company_idx` ON `contacts` (`company_id`);--> statement-breakpoint
CREATE INDEX `contacts_name_idx` ON `contacts` (`name`);--> statement-breakpoint
CREATE TABLE `districts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `districts_name_uq` ON `districts` (`name`);--> statement-breakpoint
CREATE TABLE `industries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`category` text NOT NULL,
	`task_group_id` integer,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`task_group_id`) REFERENCES `task_groups`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `industries_name_uq` ON `industries` (`name`);--> statement-breakpoint
CREATE INDEX `industries_task_group_idx` ON `industries` (`task_group_id`);--> statement-breakpoint
CREATE TABLE `investment_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`lead_id` integer NOT NULL,
	`month_on` text NOT NULL,
	`fixed_asset` integer DEFAULT 0 NOT NULL,
	`funds_in_place` integer DEFAULT 0 NOT NULL,
	`reported_by_id` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`lead_id`) REFERENCES `leads`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`reported_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `investment_reports_lead_month_uq` ON `investment_reports` (`lead_id`,`month_on`);--> statement-breakpoint
CREATE INDEX `investment_reports_month_idx` ON `investment_reports` (`month_on`);--> statement-breakpoint
CREATE TABLE `lead_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`lead_id` integer NOT NULL,
	`kind` text NOT NULL,
	`from_stage` text,
	`to_stage` text,
	`from_value` text,
	`to_value` text,
	`body` text,
	`actor_id` integer,
	`occurred_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`lead_id`) REFERENCES `leads`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `lead_events_lead_occurred_idx` ON `lead_events` (`lead_id`,`occurred_at`);--> statement-breakpoint
CREATE INDEX `lead_events_actor_idx` ON `lead_events` (`actor_id`);--> statement-breakpoint
CREATE INDEX `lead_events_kind_idx` ON `lead_events` (`kind`);--> statement-breakpoint
CREATE TABLE `leads` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`external_id` text,
	`name` text NOT NULL,
	`company_id` integer NOT NULL,
	`task_group_id` integer NOT NULL,
	`owner_id` integer NOT NULL,
	`district_id` integer,
	`industry_id` integer,
	`source` text NOT NULL,
	`stage` text NOT NULL,
	`stage_reason` text,
	`planned_investment` integer,
	`signed_investment` integer,
	`signed_on` text,
	`stage_entered_at` integer NOT NULL,
	`last_activity_at` integer NOT NULL,
	`next_follow_up_on` text,
	`leader_id` integer,
	`origin_trip_id` integer,
	`origin_meeting_id` integer,
	`chain_node_id` integer,
	`agreement_id` integer,
	`description` text,
	`created_by_id` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`task_group_id`) REFERENCES `task_groups`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`district_id`) REFERENCES `districts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`industry_id`) REFERENCES `industries`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`leader_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`origin_trip_id`) REFERENCES `trips`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`origin_meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`chain_node_id`) REFERENCES `chain_nodes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`agreement_id`) REFERENCES `agreements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `leads_external_id_uq` ON `leads` (`external_id`);--> statement-breakpoint
CREATE INDEX `leads_group_stage_idx` ON `leads` (`task_group_id`,`stage`);--> statement-breakpoint
CREATE INDEX `leads_owner_idx` ON `leads` (`owner_id`);--> statement-breakpoint
CREATE INDEX `leads_stage_idx` ON `leads` (`stage`);--> statement-breakpoint
CREATE INDEX `leads_company_idx` ON `leads` (`company_id`);--> statement-breakpoint
CREATE INDEX `leads_district_idx` ON `leads` (`district_id`);--> statement-breakpoint
CREATE INDEX `leads_industry_idx` ON `leads` (`industry_id`);--> statement-breakpoint
CREATE INDEX `leads_source_idx` ON `leads` (`source`);--> statement-breakpoint
CREATE INDEX `leads_signed_on_idx` ON `leads` (`signed_on`);--> statement-breakpoint
CREATE INDEX `leads_planned_investment_idx` ON `leads` (`planned_investment`);--> statement-breakpoint
CREATE INDEX `leads_last_activity_idx` ON `leads` (`last_activity_at`);--> statement-breakpoint
CREATE INDEX `leads_next_follow_up_idx` ON `leads` (`next_follow_up_on`);--> statement-breakpoint
CREATE INDEX `leads_updated_at_idx` ON `leads` (`updated_at`);--> statement-breakpoint
CREATE INDEX `leads_origin_trip_idx` ON `leads` (`origin_trip_id`);--> statement-breakpoint
CREATE INDEX `leads_origin_meeting_idx` ON `leads` (`origin_meeting_id`);--> statement-breakpoint
CREATE INDEX `leads_chain_node_idx` ON `leads` (`chain_node_id`);--> statement-breakpoint
CREATE INDEX `leads_agreement_idx` ON `leads` (`agreement_id`);--> statement-breakpoint
CREATE INDEX `leads_leader_idx` ON `leads` (`leader_id`);--> statement-breakpoint
CREATE TABLE `meeting_attendees` (
	`meeting_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	PRIMARY KEY(`meeting_id`, `user_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meeting_attendees_user_idx` ON `meeting_attendees` (`user_id`);--> statement-breakpoint
CREATE TABLE `meeting_contacts` (
	`meeting_id` integer NOT NULL,
	`contact_id` integer NOT NULL,
	PRIMARY KEY(`meeting_id`, `contact_id`),
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meeting_contacts_contact_idx` ON `meeting_contacts` (`contact_id`);--> statement-breakpoint
CREATE TABLE `meetings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`trip_id` integer,
	`company_id` integer NOT NULL,
	`kind` text NOT NULL,
	`held_on` text NOT NULL,
	`starts_at` text,
	`place` text,
	`summary` text,
	`next_steps` text,
	`next_step_owner_id` integer,
	`next_step_due_on` text,
	`created_by_id` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`trip_id`) REFERENCES `trips`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`next_step_owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `meetings_trip_idx` ON `meetings` (`trip_id`);--> statement-breakpoint
CREATE INDEX `meetings_company_idx` ON `meetings` (`company_id`);--> statement-breakpoint
CREATE INDEX `meetings_held_on_idx` ON `meetings` (`held_on`);--> statement-breakpoint
CREATE INDEX `meetings_next_step_owner_idx` ON `meetings` (`next_step_owner_id`);--> statement-breakpoint
CREATE TABLE `partners` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`region_group` text NOT NULL,
	`city` text,
	`description` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `partners_name_uq` ON `partners` (`name`);--> statement-breakpoint
CREATE INDEX `partners_region_group_idx` ON `partners` (`region_group`);--> statement-breakpoint
CREATE TABLE `task_group_members` (
	`task_group_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`role` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`task_group_id`, `user_id`),
	FOREIGN KEY (`task_group_id`) REFERENCES `task_groups`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `task_group_members_user_idx` ON `task_group_members` (`user_id`);--> statement-breakpoint
CREATE TABLE `task_groups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`leader_id` integer,
	`description` text,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`leader_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `task_groups_name_uq` ON `task_groups` (`name`);--> statement-breakpoint
CREATE INDEX `task_groups_leader_idx` ON `task_groups` (`leader_id`);--> statement-breakpoint
CREATE TABLE `trip_members` (
	`trip_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	PRIMARY KEY(`trip_id`, `user_id`),
	FOREIGN KEY (`trip_id`) REFERENCES `trips`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `trip_members_user_idx` ON `trip_members` (`user_id`);--> statement-breakpoint
CREATE TABLE `trips` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`leader_id` integer NOT NULL,
	`start_on` text NOT NULL,
	`end_on` text NOT NULL,
	`destinations` text NOT NULL,
	`region` text NOT NULL,
	`purpose` text,
	`status` text NOT NULL,
	`created_by_id` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`leader_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `trips_leader_idx` ON `trips` (`leader_id`);--> statement-breakpoint
CREATE INDEX `trips_start_on_idx` ON `trips` (`start_on`);--> statement-breakpoint
CREATE INDEX `trips_status_idx` ON `trips` (`status`);--> statement-breakpoint
CREATE INDEX `trips_region_idx` ON `trips` (`region`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`password_hash` text NOT NULL,
	`name` text NOT NULL,
	`title` text,
	`role` text NOT NULL,
	`district_id` integer,
	`phone` text,
	`is_active` integer DEFAULT true NOT NULL,
	`failed_logins` integer DEFAULT 0 NOT NULL,
	`locked_until` integer,
	`last_login_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`district_id`) REFERENCES `districts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_uq` ON `users` (`username`);--> statement-breakpoint
CREATE INDEX `users_role_idx` ON `users` (`role`);