-- Written by hand (drizzle-kit generate --custom). The database keeps the two roll-ups of 0015 as
-- the rows they sum are written, in the same statement (so in the same transaction): the leads per
-- task group and stage with their amounts, and the months of each year a lead has monthly figures
-- for (one bit a month: a lead has at most one row a month). Then both are filled from what is there.
-- A change that moves a lead between two rows touches the lower key first, so that two such changes
-- running at once take their row locks in one order and never wait on each other in a circle.
CREATE FUNCTION lead_stage_totals_add(group_id integer, lead_stage text, n integer, planned integer, signed integer) RETURNS void LANGUAGE sql AS $$
  INSERT INTO lead_stage_totals AS t (task_group_id, stage, leads, planned_investment, signed_investment)
  VALUES (group_id, lead_stage, n, planned, signed)
  ON CONFLICT (task_group_id, stage) DO UPDATE SET leads = t.leads + EXCLUDED.leads,
    planned_investment = t.planned_investment + EXCLUDED.planned_investment, signed_investment = t.signed_investment + EXCLUDED.signed_investment;
$$;--> statement-breakpoint
CREATE FUNCTION lead_stage_totals_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM lead_stage_totals_add(NEW.task_group_id, NEW.stage, 1, coalesce(NEW.planned_investment, 0), coalesce(NEW.signed_investment, 0));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM lead_stage_totals_add(OLD.task_group_id, OLD.stage, -1, -coalesce(OLD.planned_investment, 0), -coalesce(OLD.signed_investment, 0));
  ELSIF (OLD.task_group_id, OLD.stage) <= (NEW.task_group_id, NEW.stage) THEN
    PERFORM lead_stage_totals_add(OLD.task_group_id, OLD.stage, -1, -coalesce(OLD.planned_investment, 0), -coalesce(OLD.signed_investment, 0));
    PERFORM lead_stage_totals_add(NEW.task_group_id, NEW.stage, 1, coalesce(NEW.planned_investment, 0), coalesce(NEW.signed_investment, 0));
  ELSE
    PERFORM lead_stage_totals_add(NEW.task_group_id, NEW.stage, 1, coalesce(NEW.planned_investment, 0), coalesce(NEW.signed_investment, 0));
    PERFORM lead_stage_totals_add(OLD.task_group_id, OLD.stage, -1, -coalesce(OLD.planned_investment, 0), -coalesce(OLD.signed_investment, 0));
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER leads_stage_totals AFTER INSERT OR DELETE ON leads
FOR EACH ROW EXECUTE FUNCTION lead_stage_totals_keep();--> statement-breakpoint
CREATE TRIGGER leads_stage_totals_update AFTER UPDATE OF task_group_id, stage, planned_investment, signed_investment ON leads
FOR EACH ROW WHEN (OLD.task_group_id IS DISTINCT FROM NEW.task_group_id OR OLD.stage IS DISTINCT FROM NEW.stage
  OR OLD.planned_investment IS DISTINCT FROM NEW.planned_investment OR OLD.signed_investment IS DISTINCT FROM NEW.signed_investment)
EXECUTE FUNCTION lead_stage_totals_keep();--> statement-breakpoint
CREATE FUNCTION lead_report_years_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE lead_report_years SET months = months & ~(1 << (extract(month FROM OLD.month_on)::integer - 1))
    WHERE year = extract(year FROM OLD.month_on)::integer AND lead_id = OLD.lead_id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO lead_report_years AS y (year, lead_id, months)
    VALUES (extract(year FROM NEW.month_on)::integer, NEW.lead_id, 1 << (extract(month FROM NEW.month_on)::integer - 1))
    ON CONFLICT (year, lead_id) DO UPDATE SET months = y.months | EXCLUDED.months;
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER investment_reports_years AFTER INSERT OR DELETE OR UPDATE OF lead_id, month_on ON investment_reports
FOR EACH ROW EXECUTE FUNCTION lead_report_years_keep();--> statement-breakpoint
INSERT INTO lead_stage_totals (task_group_id, stage, leads, planned_investment, signed_investment)
SELECT task_group_id, stage, count(*), coalesce(sum(planned_investment), 0), coalesce(sum(signed_investment), 0) FROM leads GROUP BY task_group_id, stage;--> statement-breakpoint
INSERT INTO lead_report_years (year, lead_id, months)
SELECT extract(year FROM month_on)::integer, lead_id, sum(1 << (extract(month FROM month_on)::integer - 1))
FROM investment_reports GROUP BY 1, 2;
