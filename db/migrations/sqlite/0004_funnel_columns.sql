ALTER TABLE `lead_events` ADD `stage_days` integer;--> statement-breakpoint
CREATE INDEX `lead_events_stage_moves_idx` ON `lead_events` (`occurred_at`,`from_stage`,`stage_days`) WHERE kind = 'stage';--> statement-breakpoint
ALTER TABLE `leads` ADD `furthest_stage` text;--> statement-breakpoint
CREATE INDEX `leads_furthest_stage_idx` ON `leads` (`furthest_stage`,`task_group_id`);