// The only place where SQL differs between SQLite and PostgreSQL. Everything else is written once.
import { ilike, like, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { activeDialect } from "./config";

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Case-insensitive "contains" (SQLite's LIKE already ignores ASCII case; PostgreSQL needs ILIKE). */
export function containsText(column: AnyColumn | SQL, text: string): SQL {
  const pattern = `%${escapeLike(text)}%`;
  return activeDialect === "postgres"
    ? sql`${ilike(column, pattern)}`
    : sql`${like(column, pattern)} escape '\\'`;
}

/** "YYYY-MM" of an ISO calendar date column (stored as text on SQLite, date on PostgreSQL). */
export function monthOf(column: AnyColumn | SQL): SQL<string> {
  return activeDialect === "postgres" ? sql<string>`to_char(${column}, 'YYYY-MM')` : sql<string>`substr(${column}, 1, 7)`;
}

/** Maps an aggregate (sum/count come back as strings or bigints) to a plain number. */
export const toNumber = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));
