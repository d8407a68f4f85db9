// The only place where SQL differs between SQLite and PostgreSQL. Everything else is written once.
import { ilike, is, like, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { getTableConfig as getSqliteTableConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import { activeDialect } from "./config";
import * as sqliteSchema from "./schema/sqlite";

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Case-insensitive "contains" (SQLite's LIKE already ignores ASCII case; PostgreSQL needs ILIKE).
 * Control characters in the searched text are dropped: no stored text has them (the forms refuse
 * them), and PostgreSQL would refuse a NUL in a parameter with an error instead of no match.
 */
export function containsText(column: AnyColumn | SQL, text: string): SQL {
  const pattern = `%${escapeLike(text.replace(/[\u0000-\u001F\u007F-\u009F]+/g, ""))}%`;
  return activeDialect === "postgres"
    ? sql`${ilike(column, pattern)}`
    : sql`${like(column, pattern)} escape '\\'`;
}

/** "YYYY-MM" of an ISO calendar date column (stored as text on SQLite, date on PostgreSQL). */
export function monthOf(column: AnyColumn | SQL): SQL<string> {
  return activeDialect === "postgres" ? sql<string>`to_char(${column}, 'YYYY-MM')` : sql<string>`substr(${column}, 1, 7)`;
}

/**
 * The integers listed under `key` (a JSON array) in the details of one audit row of the given
 * action, as a one-column subquery: the leads an import run named (`leadIds` of its `import.leads`
 * row). SQLite reads the array with json_each, PostgreSQL with jsonb_array_elements_text.
 */
export function auditDetailIds(auditId: number, action: string, key: string): SQL<number> {
  if (!/^[A-Za-z]+$/.test(key)) throw new Error(`not a plain JSON key: ${key}`);
  return activeDialect === "postgres"
    ? sql<number>`select (jsonb_array_elements_text(details::jsonb -> ${key}))::integer from audit_log where id = ${auditId} and action = ${action}`
    : sql<number>`select j.value from audit_log, json_each(audit_log.details, ${`$.${key}`}) as j where audit_log.id = ${auditId} and audit_log.action = ${action}`;
}

/** Maps an aggregate (sum/count come back as strings or bigints) to a plain number. */
export const toNumber = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));

/**
 * Whether an error is a unique-index violation, and of which index (its name in the schema, e.g.
 * "companies_normalized_name_uq"), on either dialect. PostgreSQL reports SQLSTATE 23505 with the
 * constraint's name; SQLite reports "UNIQUE constraint failed: table.col, table.col", which is
 * mapped back to the index declared on those columns. The error may be wrapped (drizzle's
 * DrizzleQueryError keeps the driver's error as its cause). Anything else: null.
 */
export function uniqueViolation(error: unknown): { constraint: string } | null {
  let current: unknown = error;
  for (let depth = 0; current && typeof current === "object" && depth < 5; depth += 1) {
    const e = current as { code?: unknown; constraint?: unknown; message?: unknown; cause?: unknown };
    if (e.code === "23505") return { constraint: typeof e.constraint === "string" ? e.constraint : "" };
    const message = typeof e.message === "string" ? e.message : "";
    const sqlite = /^(?:SQLITE_CONSTRAINT\w*: )?UNIQUE constraint failed: (.+)$/m.exec(message);
    // Only the driver's own message, never a wrapper whose text quotes the failing SQL.
    if (sqlite && !message.startsWith("Failed query:")) return { constraint: sqliteIndexName(sqlite[1].trim()) };
    current = e.cause;
  }
  return null;
}

let sqliteUniqueIndexes: Map<string, string> | null = null;

/** "companies.normalized_name" → "companies_normalized_name_uq", from the SQLite declarations. */
function sqliteIndexName(columnsText: string): string {
  if (!sqliteUniqueIndexes) {
    sqliteUniqueIndexes = new Map();
    for (const table of Object.values(sqliteSchema)) {
      if (!is(table, SQLiteTable)) continue;
      const config = getSqliteTableConfig(table);
      for (const index of config.indexes) {
        if (!index.config.unique) continue;
        const columns = index.config.columns.map((c) => `${config.name}.${(c as { name: string }).name}`);
        sqliteUniqueIndexes.set(columns.join(", "), index.config.name);
      }
      for (const key of config.primaryKeys) {
        sqliteUniqueIndexes.set(key.columns.map((c) => `${config.name}.${c.name}`).join(", "), key.getName());
      }
    }
  }
  return sqliteUniqueIndexes.get(columnsText) ?? columnsText;
}

/**
 * The planner's statistics, refreshed after migrations, imports and seeding. Without them
 * PostgreSQL plans the board for empty tables, and SQLite (which keeps none unless asked) reads the
 * cockpit's signing-date ranges through the stage index. SQLite reads every row (half a second at
 * 100,000 leads): its sampled statistics (`analysis_limit`) led it to sort the leads table through
 * an unrelated index, six times slower.
 */
export async function refreshPlannerStatistics(database: object): Promise<void> {
  // The client is typed as SQLite's everywhere (db/client.ts); on PostgreSQL it has execute().
  if (activeDialect === "postgres") await (database as { execute: (query: SQL) => Promise<unknown> }).execute(sql`analyze`);
  else await (database as { run: (query: SQL) => Promise<unknown> }).run(sql`analyze`);
}
