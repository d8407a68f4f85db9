import path from "node:path";

export type Dialect = "sqlite" | "postgres";

export type DatabaseConfig =
  | { dialect: "sqlite"; url: string; file: string }
  | { dialect: "postgres"; url: string };

export const defaultSqliteFile = path.join("data", "zhaoshang.db");

// DATABASE_URL unset: SQLite under data/; file:PATH: that SQLite file; postgres://…: PostgreSQL.
export function resolveDatabaseConfig(url = process.env.DATABASE_URL): DatabaseConfig {
  const value = url?.trim();
  if (!value) {
    return { dialect: "sqlite", url: `file:${defaultSqliteFile}`, file: defaultSqliteFile };
  }
  if (/^postgres(ql)?:\/\//i.test(value)) return { dialect: "postgres", url: value };
  if (value.startsWith("file:")) return { dialect: "sqlite", url: value, file: value.slice("file:".length) };
  throw new Error(
    `DATABASE_URL must start with "file:" (SQLite) or "postgres://" (PostgreSQL); got "${value.slice(0, 20)}…"`,
  );
}

export const activeDialect: Dialect = resolveDatabaseConfig().dialect;
