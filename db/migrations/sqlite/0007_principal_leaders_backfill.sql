-- Written by hand (drizzle-kit generate --custom): data, not schema. The city leaders whose title
-- names them party secretary or mayor (not a deputy: 市委副书记、市长 is the mayor) become its principal leaders; the admin
-- corrects it on the account page.
UPDATE users SET is_principal = 1
WHERE role = 'leader' AND title IS NOT NULL
  AND ((title LIKE '%书记%' AND title NOT LIKE '%副书记%') OR (title LIKE '%市长%' AND title NOT LIKE '%副市长%'));
