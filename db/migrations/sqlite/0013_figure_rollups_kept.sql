-- Written by hand (drizzle-kit generate --custom). The database keeps the two roll-ups of 0012 as
-- the rows they sum are written, in the same statement (so in the same transaction): the monthly
-- figures per month and lead dimension, and the stage moves per month (China time), stage left and
-- days spent in it. Then both are filled from what is already there.
CREATE TRIGGER investment_reports_totals_insert AFTER INSERT ON investment_reports
BEGIN
  INSERT INTO report_month_totals (month_on, task_group_key, district_key, industry_key, source_key, fixed_asset, funds_in_place)
  VALUES (new.month_on, coalesce(new.task_group_id, 0), coalesce(new.district_id, 0), coalesce(new.industry_id, 0), coalesce(new.source, ''), new.fixed_asset, new.funds_in_place)
  ON CONFLICT (month_on, task_group_key, district_key, industry_key, source_key)
  DO UPDATE SET fixed_asset = fixed_asset + excluded.fixed_asset, funds_in_place = funds_in_place + excluded.funds_in_place;
END;--> statement-breakpoint
CREATE TRIGGER investment_reports_totals_update AFTER UPDATE OF month_on, task_group_id, district_id, industry_id, source, fixed_asset, funds_in_place ON investment_reports
BEGIN
  INSERT INTO report_month_totals (month_on, task_group_key, district_key, industry_key, source_key, fixed_asset, funds_in_place)
  VALUES (old.month_on, coalesce(old.task_group_id, 0), coalesce(old.district_id, 0), coalesce(old.industry_id, 0), coalesce(old.source, ''), -old.fixed_asset, -old.funds_in_place)
  ON CONFLICT (month_on, task_group_key, district_key, industry_key, source_key)
  DO UPDATE SET fixed_asset = fixed_asset + excluded.fixed_asset, funds_in_place = funds_in_place + excluded.funds_in_place;
  INSERT INTO report_month_totals (month_on, task_group_key, district_key, industry_key, source_key, fixed_asset, funds_in_place)
  VALUES (new.month_on, coalesce(new.task_group_id, 0), coalesce(new.district_id, 0), coalesce(new.industry_id, 0), coalesce(new.source, ''), new.fixed_asset, new.funds_in_place)
  ON CONFLICT (month_on, task_group_key, district_key, industry_key, source_key)
  DO UPDATE SET fixed_asset = fixed_asset + excluded.fixed_asset, funds_in_place = funds_in_place + excluded.funds_in_place;
END;--> statement-breakpoint
CREATE TRIGGER investment_reports_totals_delete AFTER DELETE ON investment_reports
BEGIN
  UPDATE report_month_totals SET fixed_asset = fixed_asset - old.fixed_asset, funds_in_place = funds_in_place - old.funds_in_place
  WHERE month_on = old.month_on AND task_group_key = coalesce(old.task_group_id, 0) AND district_key = coalesce(old.district_id, 0)
    AND industry_key = coalesce(old.industry_id, 0) AND source_key = coalesce(old.source, '');
END;--> statement-breakpoint
CREATE TRIGGER lead_events_stage_counts_insert AFTER INSERT ON lead_events
WHEN new.kind = 'stage' AND new.from_stage IS NOT NULL AND new.stage_days IS NOT NULL
BEGIN
  INSERT INTO stage_move_counts (month, from_stage, stage_days, moves)
  VALUES (strftime('%Y-%m', new.occurred_at / 1000 + 28800, 'unixepoch'), new.from_stage, new.stage_days, 1)
  ON CONFLICT (month, from_stage, stage_days) DO UPDATE SET moves = moves + 1;
END;--> statement-breakpoint
CREATE TRIGGER lead_events_stage_counts_update AFTER UPDATE OF kind, from_stage, stage_days, occurred_at ON lead_events
BEGIN
  UPDATE stage_move_counts SET moves = moves - 1
  WHERE old.kind = 'stage' AND old.from_stage IS NOT NULL AND old.stage_days IS NOT NULL
    AND month = strftime('%Y-%m', old.occurred_at / 1000 + 28800, 'unixepoch') AND from_stage = old.from_stage AND stage_days = old.stage_days;
  INSERT INTO stage_move_counts (month, from_stage, stage_days, moves)
  SELECT strftime('%Y-%m', new.occurred_at / 1000 + 28800, 'unixepoch'), new.from_stage, new.stage_days, 1
  WHERE new.kind = 'stage' AND new.from_stage IS NOT NULL AND new.stage_days IS NOT NULL
  ON CONFLICT (month, from_stage, stage_days) DO UPDATE SET moves = moves + 1;
END;--> statement-breakpoint
CREATE TRIGGER lead_events_stage_counts_delete AFTER DELETE ON lead_events
WHEN old.kind = 'stage' AND old.from_stage IS NOT NULL AND old.stage_days IS NOT NULL
BEGIN
  UPDATE stage_move_counts SET moves = moves - 1
  WHERE month = strftime('%Y-%m', old.occurred_at / 1000 + 28800, 'unixepoch') AND from_stage = old.from_stage AND stage_days = old.stage_days;
END;--> statement-breakpoint
INSERT INTO report_month_totals (month_on, task_group_key, district_key, industry_key, source_key, fixed_asset, funds_in_place)
SELECT month_on, coalesce(task_group_id, 0), coalesce(district_id, 0), coalesce(industry_id, 0), coalesce(source, ''), sum(fixed_asset), sum(funds_in_place)
FROM investment_reports GROUP BY 1, 2, 3, 4, 5;--> statement-breakpoint
INSERT INTO stage_move_counts (month, from_stage, stage_days, moves)
SELECT strftime('%Y-%m', occurred_at / 1000 + 28800, 'unixepoch'), from_stage, stage_days, count(*)
FROM lead_events WHERE kind = 'stage' AND from_stage IS NOT NULL AND stage_days IS NOT NULL GROUP BY 1, 2, 3;
