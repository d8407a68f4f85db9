-- Written by hand (drizzle-kit generate --custom). The database keeps the two roll-ups of 0015 as
-- the rows they sum are written, in the same statement (so in the same transaction): the leads per
-- task group and stage with their amounts, and the months of each year a lead has monthly figures
-- for (one bit a month: a lead has at most one row a month). Then both are filled from what is there.
CREATE TRIGGER leads_stage_totals_insert AFTER INSERT ON leads
BEGIN
  INSERT INTO lead_stage_totals (task_group_id, stage, leads, planned_investment, signed_investment)
  VALUES (new.task_group_id, new.stage, 1, coalesce(new.planned_investment, 0), coalesce(new.signed_investment, 0))
  ON CONFLICT (task_group_id, stage) DO UPDATE SET leads = leads + 1,
    planned_investment = planned_investment + excluded.planned_investment, signed_investment = signed_investment + excluded.signed_investment;
END;--> statement-breakpoint
CREATE TRIGGER leads_stage_totals_update AFTER UPDATE OF task_group_id, stage, planned_investment, signed_investment ON leads
WHEN old.task_group_id IS NOT new.task_group_id OR old.stage IS NOT new.stage
  OR old.planned_investment IS NOT new.planned_investment OR old.signed_investment IS NOT new.signed_investment
BEGIN
  UPDATE lead_stage_totals SET leads = leads - 1,
    planned_investment = planned_investment - coalesce(old.planned_investment, 0), signed_investment = signed_investment - coalesce(old.signed_investment, 0)
  WHERE task_group_id = old.task_group_id AND stage = old.stage;
  INSERT INTO lead_stage_totals (task_group_id, stage, leads, planned_investment, signed_investment)
  VALUES (new.task_group_id, new.stage, 1, coalesce(new.planned_investment, 0), coalesce(new.signed_investment, 0))
  ON CONFLICT (task_group_id, stage) DO UPDATE SET leads = leads + 1,
    planned_investment = planned_investment + excluded.planned_investment, signed_investment = signed_investment + excluded.signed_investment;
END;--> statement-breakpoint
CREATE TRIGGER leads_stage_totals_delete AFTER DELETE ON leads
BEGIN
  UPDATE lead_stage_totals SET leads = leads - 1,
    planned_investment = planned_investment - coalesce(old.planned_investment, 0), signed_investment = signed_investment - coalesce(old.signed_investment, 0)
  WHERE task_group_id = old.task_group_id AND stage = old.stage;
END;--> statement-breakpoint
CREATE TRIGGER investment_reports_years_insert AFTER INSERT ON investment_reports
BEGIN
  INSERT INTO lead_report_years (year, lead_id, months)
  VALUES (CAST(substr(new.month_on, 1, 4) AS integer), new.lead_id, 1 << (CAST(substr(new.month_on, 6, 2) AS integer) - 1))
  ON CONFLICT (year, lead_id) DO UPDATE SET months = months | excluded.months;
END;--> statement-breakpoint
CREATE TRIGGER investment_reports_years_update AFTER UPDATE OF lead_id, month_on ON investment_reports
WHEN old.lead_id IS NOT new.lead_id OR old.month_on IS NOT new.month_on
BEGIN
  UPDATE lead_report_years SET months = months & ~(1 << (CAST(substr(old.month_on, 6, 2) AS integer) - 1))
  WHERE year = CAST(substr(old.month_on, 1, 4) AS integer) AND lead_id = old.lead_id;
  INSERT INTO lead_report_years (year, lead_id, months)
  VALUES (CAST(substr(new.month_on, 1, 4) AS integer), new.lead_id, 1 << (CAST(substr(new.month_on, 6, 2) AS integer) - 1))
  ON CONFLICT (year, lead_id) DO UPDATE SET months = months | excluded.months;
END;--> statement-breakpoint
CREATE TRIGGER investment_reports_years_delete AFTER DELETE ON investment_reports
BEGIN
  UPDATE lead_report_years SET months = months & ~(1 << (CAST(substr(old.month_on, 6, 2) AS integer) - 1))
  WHERE year = CAST(substr(old.month_on, 1, 4) AS integer) AND lead_id = old.lead_id;
END;--> statement-breakpoint
INSERT INTO lead_stage_totals (task_group_id, stage, leads, planned_investment, signed_investment)
SELECT task_group_id, stage, count(*), coalesce(sum(planned_investment), 0), coalesce(sum(signed_investment), 0) FROM leads GROUP BY task_group_id, stage;--> statement-breakpoint
INSERT INTO lead_report_years (year, lead_id, months)
SELECT CAST(substr(month_on, 1, 4) AS integer), lead_id, sum(1 << (CAST(substr(month_on, 6, 2) AS integer) - 1))
FROM investment_reports GROUP BY 1, 2;
