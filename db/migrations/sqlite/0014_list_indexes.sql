DROP INDEX `leads_owner_idx`;--> statement-breakpoint
DROP INDEX `leads_origin_trip_idx`;--> statement-breakpoint
DROP INDEX `leads_origin_meeting_idx`;--> statement-breakpoint
DROP INDEX `leads_chain_node_idx`;--> statement-breakpoint
DROP INDEX `leads_agreement_idx`;--> statement-breakpoint
DROP INDEX `leads_leader_idx`;--> statement-breakpoint
CREATE INDEX `leads_group_activity_idx` ON `leads` (`task_group_id`,`last_activity_at`,`id`);--> statement-breakpoint
CREATE INDEX `leads_name_idx` ON `leads` (`name`,`last_activity_at`,`id`);--> statement-breakpoint
CREATE INDEX `leads_owner_idx` ON `leads` (`owner_id`,`last_activity_at`,`id`);--> statement-breakpoint
CREATE INDEX `leads_origin_trip_idx` ON `leads` (`origin_trip_id`) WHERE origin_trip_id is not null;--> statement-breakpoint
CREATE INDEX `leads_origin_meeting_idx` ON `leads` (`origin_meeting_id`) WHERE origin_meeting_id is not null;--> statement-breakpoint
CREATE INDEX `leads_chain_node_idx` ON `leads` (`chain_node_id`,`stage`) WHERE chain_node_id is not null;--> statement-breakpoint
CREATE INDEX `leads_agreement_idx` ON `leads` (`agreement_id`) WHERE agreement_id is not null;--> statement-breakpoint
CREATE INDEX `leads_leader_idx` ON `leads` (`leader_id`) WHERE leader_id is not null;