CREATE TABLE `report_month_totals` (
	`month_on` text NOT NULL,
	`task_group_key` integer NOT NULL,
	`district_key` integer NOT NULL,
	`industry_key` integer NOT NULL,
	`source_key` text NOT NULL,
	`fixed_asset` integer NOT NULL,
	`funds_in_place` integer NOT NULL,
	PRIMARY KEY(`month_on`, `task_group_key`, `district_key`, `industry_key`, `source_key`)
);
--> statement-breakpoint
CREATE TABLE `stage_move_counts` (
	`month` text NOT NULL,
	`from_stage` text NOT NULL,
	`stage_days` integer NOT NULL,
	`moves` integer NOT NULL,
	PRIMARY KEY(`month`, `from_stage`, `stage_days`)
);
