-- Written by hand (drizzle-kit generate --custom). Each monthly figures row carries its lead's task
-- group, district, industry and source (0010), so that a period's figures are cut by them without
-- reading the leads. The database keeps the copy: when a row is written, and when a lead's change.
UPDATE investment_reports SET
  task_group_id = (SELECT task_group_id FROM leads WHERE leads.id = investment_reports.lead_id),
  district_id = (SELECT district_id FROM leads WHERE leads.id = investment_reports.lead_id),
  industry_id = (SELECT industry_id FROM leads WHERE leads.id = investment_reports.lead_id),
  source = (SELECT source FROM leads WHERE leads.id = investment_reports.lead_id);--> statement-breakpoint
CREATE TRIGGER investment_reports_lead_dimensions AFTER INSERT ON investment_reports
BEGIN
  UPDATE investment_reports SET
    task_group_id = (SELECT task_group_id FROM leads WHERE leads.id = new.lead_id),
    district_id = (SELECT district_id FROM leads WHERE leads.id = new.lead_id),
    industry_id = (SELECT industry_id FROM leads WHERE leads.id = new.lead_id),
    source = (SELECT source FROM leads WHERE leads.id = new.lead_id)
  WHERE id = new.id;
END;--> statement-breakpoint
CREATE TRIGGER leads_dimensions_to_reports AFTER UPDATE OF task_group_id, district_id, industry_id, source ON leads
WHEN old.task_group_id IS NOT new.task_group_id OR old.district_id IS NOT new.district_id
  OR old.industry_id IS NOT new.industry_id OR old.source IS NOT new.source
BEGIN
  UPDATE investment_reports SET task_group_id = new.task_group_id, district_id = new.district_id, industry_id = new.industry_id, source = new.source
  WHERE lead_id = new.id;
END;
