-- Written by hand (drizzle-kit generate --custom). Each monthly figures row carries its lead's task
-- group, district, industry and source (0010), so that a period's figures are cut by them without
-- reading the leads. The database keeps the copy: when a row is written, and when a lead's change.
UPDATE investment_reports r SET task_group_id = l.task_group_id, district_id = l.district_id, industry_id = l.industry_id, source = l.source
FROM leads l WHERE l.id = r.lead_id;--> statement-breakpoint
CREATE FUNCTION investment_reports_lead_dimensions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT task_group_id, district_id, industry_id, source INTO NEW.task_group_id, NEW.district_id, NEW.industry_id, NEW.source
  FROM leads WHERE id = NEW.lead_id;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER investment_reports_lead_dimensions BEFORE INSERT OR UPDATE OF lead_id ON investment_reports
FOR EACH ROW EXECUTE FUNCTION investment_reports_lead_dimensions();--> statement-breakpoint
CREATE FUNCTION leads_dimensions_to_reports() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE investment_reports SET task_group_id = NEW.task_group_id, district_id = NEW.district_id, industry_id = NEW.industry_id, source = NEW.source
  WHERE lead_id = NEW.id;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER leads_dimensions_to_reports AFTER UPDATE OF task_group_id, district_id, industry_id, source ON leads
FOR EACH ROW WHEN (OLD.task_group_id IS DISTINCT FROM NEW.task_group_id OR OLD.district_id IS DISTINCT FROM NEW.district_id
  OR OLD.industry_id IS DISTINCT FROM NEW.industry_id OR OLD.source IS DISTINCT FROM NEW.source)
EXECUTE FUNCTION leads_dimensions_to_reports();
