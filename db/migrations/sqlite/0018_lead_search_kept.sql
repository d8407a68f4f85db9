-- Written by hand (drizzle-kit generate --custom). The database keeps the search pieces of 0017 as
-- leads and companies are written, in the same statement (so in the same transaction): every two
-- characters of the lead's name and of its company's name, lower-cased. Then they are filled in.
INSERT INTO search_positions (i)
WITH RECURSIVE p(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM p WHERE i < 300) SELECT i FROM p;--> statement-breakpoint
CREATE TRIGGER leads_search_grams_insert AFTER INSERT ON leads
BEGIN
  INSERT OR IGNORE INTO lead_search_grams (gram, lead_id)
  SELECT substr(t.text, p.i, 2), new.id
  FROM (SELECT lower(new.name) AS text UNION ALL SELECT lower(name) FROM companies WHERE id = new.company_id) AS t
  JOIN search_positions p ON p.i < length(t.text);
END;--> statement-breakpoint
CREATE TRIGGER leads_search_grams_update AFTER UPDATE OF name, company_id ON leads
WHEN old.name IS NOT new.name OR old.company_id IS NOT new.company_id
BEGIN
  DELETE FROM lead_search_grams WHERE lead_id = old.id;
  INSERT OR IGNORE INTO lead_search_grams (gram, lead_id)
  SELECT substr(t.text, p.i, 2), new.id
  FROM (SELECT lower(new.name) AS text UNION ALL SELECT lower(name) FROM companies WHERE id = new.company_id) AS t
  JOIN search_positions p ON p.i < length(t.text);
END;--> statement-breakpoint
CREATE TRIGGER leads_search_grams_delete AFTER DELETE ON leads
BEGIN
  DELETE FROM lead_search_grams WHERE lead_id = old.id;
END;--> statement-breakpoint
CREATE TRIGGER companies_search_grams_update AFTER UPDATE OF name ON companies
WHEN old.name IS NOT new.name
BEGIN
  DELETE FROM lead_search_grams WHERE lead_id IN (SELECT id FROM leads WHERE company_id = new.id);
  INSERT OR IGNORE INTO lead_search_grams (gram, lead_id)
  SELECT substr(t.text, p.i, 2), t.id
  FROM (SELECT id, lower(name) AS text FROM leads WHERE company_id = new.id
        UNION ALL SELECT id, lower(new.name) FROM leads WHERE company_id = new.id) AS t
  JOIN search_positions p ON p.i < length(t.text);
END;--> statement-breakpoint
INSERT OR IGNORE INTO lead_search_grams (gram, lead_id)
SELECT substr(t.text, p.i, 2), t.id
FROM (SELECT id, lower(name) AS text FROM leads
      UNION ALL SELECT leads.id, lower(companies.name) FROM leads JOIN companies ON companies.id = leads.company_id) AS t
JOIN search_positions p ON p.i < length(t.text);
