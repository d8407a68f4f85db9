ALTER TABLE `investment_reports` ADD `task_group_id` integer;--> statement-breakpoint
ALTER TABLE `investment_reports` ADD `district_id` integer;--> statement-breakpoint
ALTER TABLE `investment_reports` ADD `industry_id` integer;--> statement-breakpoint
ALTER TABLE `investment_reports` ADD `source` text;--> statement-breakpoint
CREATE INDEX `investment_reports_month_dims_idx` ON `investment_reports` (`month_on`,`task_group_id`,`district_id`,`industry_id`,`source`,`fixed_asset`,`funds_in_place`);