-- Written by hand (drizzle-kit generate --custom). The database keeps the two roll-ups of 0012 as
-- the rows they sum are written, in the same statement (so in the same transaction): the monthly
-- figures per month and lead dimension, and the stage moves per month (China time), stage left and
-- days spent in it. Then both are filled from what is already there.
CREATE FUNCTION report_month_totals_add(month date, g integer, d integer, i integer, s text, fixed integer, funds integer) RETURNS void LANGUAGE sql AS $$
  INSERT INTO report_month_totals AS t (month_on, task_group_key, district_key, industry_key, source_key, fixed_asset, funds_in_place)
  VALUES (month, g, d, i, s, fixed, funds)
  ON CONFLICT (month_on, task_group_key, district_key, industry_key, source_key)
  DO UPDATE SET fixed_asset = t.fixed_asset + EXCLUDED.fixed_asset, funds_in_place = t.funds_in_place + EXCLUDED.funds_in_place;
$$;--> statement-breakpoint
-- A change that moves a row's figures between two totals touches the lower key first, so that two such
-- changes running at once take their row locks in one order and never wait on each other in a circle.
CREATE FUNCTION report_month_totals_keep() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_first boolean;
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM report_month_totals_add(NEW.month_on, coalesce(NEW.task_group_id, 0), coalesce(NEW.district_id, 0), coalesce(NEW.industry_id, 0), coalesce(NEW.source, ''), NEW.fixed_asset, NEW.funds_in_place);
    RETURN NULL;
  END IF;
  IF TG_OP = 'DELETE' THEN
    PERFORM report_month_totals_add(OLD.month_on, coalesce(OLD.task_group_id, 0), coalesce(OLD.district_id, 0), coalesce(OLD.industry_id, 0), coalesce(OLD.source, ''), -OLD.fixed_asset, -OLD.funds_in_place);
    RETURN NULL;
  END IF;
  old_first := (OLD.month_on, coalesce(OLD.task_group_id, 0), coalesce(OLD.district_id, 0), coalesce(OLD.industry_id, 0), coalesce(OLD.source, ''))
    <= (NEW.month_on, coalesce(NEW.task_group_id, 0), coalesce(NEW.district_id, 0), coalesce(NEW.industry_id, 0), coalesce(NEW.source, ''));
  IF old_first THEN
    PERFORM report_month_totals_add(OLD.month_on, coalesce(OLD.task_group_id, 0), coalesce(OLD.district_id, 0), coalesce(OLD.industry_id, 0), coalesce(OLD.source, ''), -OLD.fixed_asset, -OLD.funds_in_place);
  END IF;
  PERFORM report_month_totals_add(NEW.month_on, coalesce(NEW.task_group_id, 0), coalesce(NEW.district_id, 0), coalesce(NEW.industry_id, 0), coalesce(NEW.source, ''), NEW.fixed_asset, NEW.funds_in_place);
  IF NOT old_first THEN
    PERFORM report_month_totals_add(OLD.month_on, coalesce(OLD.task_group_id, 0), coalesce(OLD.district_id, 0), coalesce(OLD.industry_id, 0), coalesce(OLD.source, ''), -OLD.fixed_asset, -OLD.funds_in_place);
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER investment_reports_totals AFTER INSERT OR DELETE OR UPDATE OF month_on, task_group_id, district_id, industry_id, source, fixed_asset, funds_in_place
ON investment_reports FOR EACH ROW EXECUTE FUNCTION report_month_totals_keep();--> statement-breakpoint
CREATE FUNCTION stage_move_counts_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    IF OLD.kind = 'stage' AND OLD.from_stage IS NOT NULL AND OLD.stage_days IS NOT NULL THEN
      UPDATE stage_move_counts SET moves = moves - 1
      WHERE month = to_char(OLD.occurred_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AND from_stage = OLD.from_stage AND stage_days = OLD.stage_days;
    END IF;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    IF NEW.kind = 'stage' AND NEW.from_stage IS NOT NULL AND NEW.stage_days IS NOT NULL THEN
      INSERT INTO stage_move_counts AS c (month, from_stage, stage_days, moves)
      VALUES (to_char(NEW.occurred_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM'), NEW.from_stage, NEW.stage_days, 1)
      ON CONFLICT (month, from_stage, stage_days) DO UPDATE SET moves = c.moves + 1;
    END IF;
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER lead_events_stage_counts AFTER INSERT OR DELETE OR UPDATE OF kind, from_stage, stage_days, occurred_at
ON lead_events FOR EACH ROW EXECUTE FUNCTION stage_move_counts_keep();--> statement-breakpoint
INSERT INTO report_month_totals (month_on, task_group_key, district_key, industry_key, source_key, fixed_asset, funds_in_place)
SELECT month_on, coalesce(task_group_id, 0), coalesce(district_id, 0), coalesce(industry_id, 0), coalesce(source, ''), sum(fixed_asset), sum(funds_in_place)
FROM investment_reports GROUP BY 1, 2, 3, 4, 5;--> statement-breakpoint
INSERT INTO stage_move_counts (month, from_stage, stage_days, moves)
SELECT to_char(occurred_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM'), from_stage, stage_days, count(*)
FROM lead_events WHERE kind = 'stage' AND from_stage IS NOT NULL AND stage_days IS NOT NULL GROUP BY 1, 2, 3;
