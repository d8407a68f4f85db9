// One database handle for the whole process: SQLite through @libsql/client (async, real rollback)
// or PostgreSQL through node-postgres, chosen by DATABASE_URL. Typed once (see schema/index.ts).
import fs from "node:fs";
import path from "node:path";
import { createClient } from "@libsql/client";
import { drizzle as drizzleLibsql, type LibSQLDatabase } from "drizzle-orm/libsql";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { Pool } from "pg";
import { activeDialect, resolveDatabaseConfig, type DatabaseConfig } from "./config";
import { schema } from "./schema";

export type Database = LibSQLDatabase<typeof schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** A database handle or an open transaction: data-access functions accept either. */
export type Executor = Database | Transaction;

type Connection = { db: Database; config: DatabaseConfig; close: () => Promise<void> };

function connect(config: DatabaseConfig): Connection {
  if (config.dialect === "postgres") {
    const pool = new Pool({ connectionString: config.url, max: Number(process.env.DB_POOL_MAX ?? 10) });
    const db = drizzlePg(pool, { schema }) as unknown as Database;
    return { db, config, close: () => pool.end() };
  }
  fs.mkdirSync(path.dirname(path.resolve(config.file)), { recursive: true });
  const client = createClient({ url: config.url, timeout: 10_000 });
  const db = drizzleLibsql(client, { schema });
  return {
    db,
    config,
    close: async () => client.close(),
  };
}

const globalForDb = globalThis as unknown as { __zhaoshangDb?: Connection };

function connection(): Connection {
  globalForDb.__zhaoshangDb ??= connect(resolveDatabaseConfig());
  return globalForDb.__zhaoshangDb;
}

export const db: Database = new Proxy({} as Database, {
  get(_target, property) {
    const real = connection().db as unknown as Record<PropertyKey, unknown>;
    const value = real[property];
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(real) : value;
  },
});

/** The dialect in use: worked out once, in db/config.ts (`activeDialect`), which the schema also reads. */
export const dialect = () => activeDialect;

export async function closeDatabase() {
  const current = globalForDb.__zhaoshangDb;
  globalForDb.__zhaoshangDb = undefined;
  await current?.close();
}
