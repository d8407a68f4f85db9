// Proves db/schema/sqlite.ts and db/schema/pg.ts declare the same database: the app is typed
// against the SQLite tables and runs on the PostgreSQL ones (db/schema/index.ts), so any
// difference — a column, index, key or foreign key added to one file only — must fail here.
import { type Column, getTableColumns, is, SQL } from "drizzle-orm";
import { getTableConfig as getPgTableConfig, PgTable } from "drizzle-orm/pg-core";
import { getTableConfig as getSqliteTableConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import * as pg from "@/db/schema/pg";
import * as sqlite from "@/db/schema/sqlite";

type Dialect = "sqlite" | "pg";

function tablesOf<T>(module: Record<string, unknown>, guard: (value: unknown) => value is T) {
  return Object.fromEntries(Object.entries(module).filter(([, value]) => guard(value))) as Record<string, T>;
}

const sqliteTables = tablesOf(sqlite, (v): v is SQLiteTable => is(v, SQLiteTable));
const pgTables = tablesOf(pg, (v): v is PgTable => is(v, PgTable));

// One dialect-free type per column. Each mapping is the only one allowed; anything else shows up
// as `unmapped:<columnType>` and so differs from the other side.
function normalisedType(dialect: Dialect, column: Column): string {
  const c = column as Column & { mode?: string; withTimezone?: boolean };
  const key = `${dialect}:${column.columnType}`;
  switch (key) {
    case "sqlite:SQLiteInteger":
    case "pg:PgInteger":
    case "pg:PgSerial":
      return "integer";
    case "sqlite:SQLiteText":
    case "pg:PgText":
    // Calendar dates are YYYY-MM-DD strings on both sides.
    case "pg:PgDateString":
      return "text";
    case "sqlite:SQLiteBoolean":
    case "pg:PgBoolean":
      return "boolean";
    case "sqlite:SQLiteTimestamp":
      return c.mode === "timestamp_ms" ? "timestamp" : `timestamp(${c.mode})`;
    case "pg:PgTimestamp":
      return c.withTimezone ? "timestamp" : "timestamp(without time zone)";
    default:
      return `unmapped:${key}`;
  }
}

function generatedKey(dialect: Dialect, column: Column): boolean {
  const c = column as Column & { autoIncrement?: boolean; generatedIdentity?: unknown };
  if (dialect === "sqlite") return c.autoIncrement === true;
  return c.generatedIdentity !== undefined || column.columnType === "PgSerial";
}

function describeDefault(column: Column) {
  const c = column as Column & { defaultFn?: unknown; onUpdateFn?: unknown };
  const value = column.default;
  return {
    value: value === undefined ? undefined : is(value, SQL) ? "sql" : value,
    fn: typeof c.defaultFn === "function",
    onUpdateFn: typeof c.onUpdateFn === "function",
  };
}

function describeColumns(dialect: Dialect, table: SQLiteTable | PgTable) {
  return Object.entries(getTableColumns(table)).map(([key, column]) => ({
    key,
    name: column.name,
    type: normalisedType(dialect, column),
    dataType: column.dataType,
    notNull: column.notNull,
    hasDefault: column.hasDefault,
    default: describeDefault(column),
    primary: column.primary,
    generatedKey: generatedKey(dialect, column),
    isUnique: column.isUnique,
    enumValues: column.enumValues ?? null,
  }));
}

const byName = <T extends { name: string }>(items: T[]) => [...items].sort((a, b) => a.name.localeCompare(b.name));
const columnName = (column: unknown) =>
  is(column, SQL) ? "sql" : String((column as { name?: unknown }).name ?? "?");

function describeTable(dialect: Dialect, table: SQLiteTable | PgTable) {
  const config = dialect === "sqlite" ? getSqliteTableConfig(table as SQLiteTable) : getPgTableConfig(table as PgTable);
  return {
    name: config.name,
    columns: describeColumns(dialect, table),
    indexes: byName(
      config.indexes.map((index) => ({
        name: index.config.name ?? "?",
        columns: (index.config.columns as unknown[]).map(columnName),
        unique: index.config.unique,
        partial: index.config.where !== undefined,
      })),
    ),
    primaryKeys: byName(
      config.primaryKeys.map((pk) => ({ name: pk.getName(), columns: pk.columns.map((c) => c.name) })),
    ),
    foreignKeys: byName(
      config.foreignKeys.map((fk) => {
        const reference = fk.reference();
        const foreignConfig =
          dialect === "sqlite"
            ? getSqliteTableConfig(reference.foreignTable as SQLiteTable)
            : getPgTableConfig(reference.foreignTable as PgTable);
        return {
          name: fk.getName(),
          columns: reference.columns.map((c) => c.name),
          foreignTable: foreignConfig.name,
          foreignColumns: reference.foreignColumns.map((c) => c.name),
          onDelete: fk.onDelete ?? "no action",
          onUpdate: fk.onUpdate ?? "no action",
        };
      }),
    ),
    uniqueConstraints: byName(
      config.uniqueConstraints.map((u) => ({ name: u.getName() ?? "?", columns: u.columns.map((c) => c.name) })),
    ),
    checks: config.checks.map((check) => check.name).sort(),
  };
}

describe("schema parity: db/schema/sqlite.ts ≡ db/schema/pg.ts", () => {
  it("exports the same tables under the same names", () => {
    expect(Object.keys(pgTables).sort()).toEqual(Object.keys(sqliteTables).sort());
    expect(Object.keys(sqliteTables).length).toBeGreaterThan(0);
  });

  it("declares no PostgreSQL schema, RLS or policies", () => {
    for (const table of Object.values(pgTables)) {
      const config = getPgTableConfig(table);
      expect(config.schema ?? null, config.name).toBeNull();
      expect(config.enableRLS, config.name).toBe(false);
      expect(config.policies, config.name).toEqual([]);
    }
  });

  const shared = Object.keys(sqliteTables)
    .filter((key) => key in pgTables)
    .sort();

  describe.each(shared)("table %s", (key) => {
    const left = describeTable("sqlite", sqliteTables[key]);
    const right = describeTable("pg", pgTables[key]);

    it("has the same SQL name", () => {
      expect(right.name).toBe(left.name);
    });

    it("has the same columns (key, SQL name, type, nullability, defaults, keys, enum values)", () => {
      expect(right.columns.map((c) => c.key)).toEqual(left.columns.map((c) => c.key));
      for (const column of left.columns) {
        expect(right.columns.find((c) => c.key === column.key), `${left.name}.${column.name}`).toEqual(column);
      }
      expect(left.columns.filter((c) => c.type.startsWith("unmapped:"))).toEqual([]);
    });

    it("has the same indexes", () => {
      expect(right.indexes).toEqual(left.indexes);
    });

    it("has the same primary keys", () => {
      expect(right.primaryKeys).toEqual(left.primaryKeys);
    });

    it("has the same foreign keys", () => {
      expect(right.foreignKeys).toEqual(left.foreignKeys);
    });

    it("has the same unique constraints and checks", () => {
      expect(right.uniqueConstraints).toEqual(left.uniqueConstraints);
      expect(right.checks).toEqual(left.checks);
    });
  });
});
