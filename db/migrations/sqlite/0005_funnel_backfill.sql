-- Fills the funnel's columns (0004) from the stage history already recorded. Written by hand
-- (drizzle-kit generate --custom): data, not schema.
-- Each stage event: whole days since the lead's previous created or stage event.
UPDATE lead_events SET stage_days = max(0, (lead_events.occurred_at - previous.occurred_at) / 86400000)
FROM (
  SELECT id, lag(occurred_at) OVER (PARTITION BY lead_id ORDER BY occurred_at, id) AS occurred_at
  FROM lead_events WHERE kind IN ('created', 'stage')
) AS previous
WHERE previous.id = lead_events.id AND lead_events.kind = 'stage' AND previous.occurred_at IS NOT NULL;--> statement-breakpoint
-- Each lead: the furthest stage of the main line among its stage history and its stage now.
UPDATE leads SET furthest_stage = CASE max(
  CASE stage WHEN 'contact' THEN 0 WHEN 'negotiating' THEN 1 WHEN 'inspecting' THEN 2 WHEN 'intent' THEN 3 WHEN 'signed' THEN 4 WHEN 'started' THEN 5 WHEN 'operating' THEN 6 ELSE -1 END,
  coalesce((SELECT max(CASE e.to_stage WHEN 'contact' THEN 0 WHEN 'negotiating' THEN 1 WHEN 'inspecting' THEN 2 WHEN 'intent' THEN 3 WHEN 'signed' THEN 4 WHEN 'started' THEN 5 WHEN 'operating' THEN 6 ELSE -1 END) FROM lead_events e WHERE e.lead_id = leads.id AND e.kind IN ('created', 'stage')), -1)
) WHEN 0 THEN 'contact' WHEN 1 THEN 'negotiating' WHEN 2 THEN 'inspecting' WHEN 3 THEN 'intent' WHEN 4 THEN 'signed' WHEN 5 THEN 'started' WHEN 6 THEN 'operating' ELSE NULL END;
