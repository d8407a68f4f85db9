// Applies the drizzle-kit migrations of the dialect in use. Safe to run from several app servers at
// once on PostgreSQL (an advisory lock serialises them).
import path from "node:path";
import fs from "node:fs";
import { createClient } from "@libsql/client";
import { drizzle as drizzleLibsql } from "drizzle-orm/libsql";
import { migrate as migrateLibsql } from "drizzle-orm/libsql/migrator";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { Client } from "pg";
import { sqliteBusyTimeoutMs } from "./client";
import { resolveDatabaseConfig, type DatabaseConfig } from "./config";

const migrationsRoot = path.join(process.cwd(), "db", "migrations");
const migrationLockKey = 727_100_001;

export async function migrateDatabase(config: DatabaseConfig = resolveDatabaseConfig()) {
  if (config.dialect === "postgres") {
    const client = new Client({ connectionString: config.url });
    await client.connect();
    try {
      await client.query("select pg_advisory_lock($1)", [migrationLockKey]);
      await migratePg(drizzlePg(client), { migrationsFolder: path.join(migrationsRoot, "postgres") });
    } finally {
      await client.query("select pg_advisory_unlock($1)", [migrationLockKey]).catch(() => undefined);
      await client.end();
    }
    return;
  }
  fs.mkdirSync(path.dirname(path.resolve(config.file)), { recursive: true });
  // The busy timeout: a migration started beside a running app or import waits for their write lock.
  const client = createClient({ url: config.url, timeout: sqliteBusyTimeoutMs });
  try {
    // WAL lets readers go on while one writer writes; it is a property of the file, set once.
    await client.execute("PRAGMA journal_mode=WAL");
    await migrateLibsql(drizzleLibsql(client), { migrationsFolder: path.join(migrationsRoot, "sqlite") });
  } finally {
    client.close();
  }
}
