DROP INDEX `leads_signed_on_idx`;--> statement-breakpoint
DROP INDEX `leads_last_activity_idx`;--> statement-breakpoint
DROP INDEX `leads_next_follow_up_idx`;--> statement-breakpoint
CREATE INDEX `leads_signed_figures_idx` ON `leads` (`signed_on`,`stage`,`signed_investment`,`task_group_id`,`district_id`,`industry_id`,`source`) WHERE signed_on is not null;--> statement-breakpoint
CREATE INDEX `leads_group_follow_up_idx` ON `leads` (`task_group_id`,`next_follow_up_on`,`stage`);--> statement-breakpoint
CREATE INDEX `leads_last_activity_idx` ON `leads` (`last_activity_at`,`stage`);--> statement-breakpoint
CREATE INDEX `leads_next_follow_up_idx` ON `leads` (`next_follow_up_on`,`stage`);--> statement-breakpoint
DROP INDEX `investment_reports_month_idx`;--> statement-breakpoint
CREATE INDEX `investment_reports_month_idx` ON `investment_reports` (`month_on`,`lead_id`,`fixed_asset`,`funds_in_place`);--> statement-breakpoint
CREATE INDEX `lead_events_occurred_idx` ON `lead_events` (`occurred_at`);