DROP INDEX "leads_owner_idx";--> statement-breakpoint
DROP INDEX "leads_chain_node_idx";--> statement-breakpoint
CREATE INDEX "leads_group_activity_idx" ON "leads" USING btree ("task_group_id","last_activity_at","id");--> statement-breakpoint
CREATE INDEX "leads_name_idx" ON "leads" USING btree ("name","last_activity_at","id");--> statement-breakpoint
CREATE INDEX "leads_owner_idx" ON "leads" USING btree ("owner_id","last_activity_at","id");--> statement-breakpoint
CREATE INDEX "leads_chain_node_idx" ON "leads" USING btree ("chain_node_id","stage");