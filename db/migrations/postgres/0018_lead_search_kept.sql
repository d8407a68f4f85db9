-- Written by hand (drizzle-kit generate --custom). The database keeps the search pieces of 0017 as
-- leads and companies are written, in the same statement (so in the same transaction): every two
-- characters of the lead's name and of its company's name, lower-cased. Then they are filled in.
INSERT INTO search_positions (i) SELECT generate_series(1, 300);--> statement-breakpoint
CREATE FUNCTION lead_search_grams_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    DELETE FROM lead_search_grams WHERE lead_id = OLD.id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO lead_search_grams (gram, lead_id)
    SELECT substr(t.text, p.i, 2), NEW.id
    FROM (SELECT lower(NEW.name) AS text UNION ALL SELECT lower(name) FROM companies WHERE id = NEW.company_id) AS t
    JOIN search_positions p ON p.i < char_length(t.text)
    ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER leads_search_grams AFTER INSERT OR DELETE ON leads
FOR EACH ROW EXECUTE FUNCTION lead_search_grams_keep();--> statement-breakpoint
CREATE TRIGGER leads_search_grams_update AFTER UPDATE OF name, company_id ON leads
FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.company_id IS DISTINCT FROM NEW.company_id)
EXECUTE FUNCTION lead_search_grams_keep();--> statement-breakpoint
CREATE FUNCTION company_search_grams_keep() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM lead_search_grams WHERE lead_id IN (SELECT id FROM leads WHERE company_id = NEW.id);
  INSERT INTO lead_search_grams (gram, lead_id)
  SELECT substr(t.text, p.i, 2), t.id
  FROM (SELECT id, lower(name) AS text FROM leads WHERE company_id = NEW.id
        UNION ALL SELECT id, lower(NEW.name) FROM leads WHERE company_id = NEW.id) AS t
  JOIN search_positions p ON p.i < char_length(t.text)
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER companies_search_grams AFTER UPDATE OF name ON companies
FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
EXECUTE FUNCTION company_search_grams_keep();--> statement-breakpoint
INSERT INTO lead_search_grams (gram, lead_id)
SELECT substr(t.text, p.i, 2), t.id
FROM (SELECT id, lower(name) AS text FROM leads
      UNION ALL SELECT leads.id, lower(companies.name) FROM leads JOIN companies ON companies.id = leads.company_id) AS t
JOIN search_positions p ON p.i < char_length(t.text)
ON CONFLICT DO NOTHING;
