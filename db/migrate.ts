// Applies the drizzle-kit migrations of the dialect in use. Safe to run from several app servers at
// once on PostgreSQL (an advisory lock serialises them).
import path from "node:path";
import fs from "node:fs";
import { createClient, type Client as LibsqlClient } from "@libsql/client";
import { drizzle as drizzleLibsql } from "drizzle-orm/libsql";
import { migrate as migrateLibsql } from "drizzle-orm/libsql/migrator";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { Client } from "pg";
import { sqliteBusyTimeoutMs } from "./client";
import { resolveDatabaseConfig, type DatabaseConfig } from "./config";

const migrationsRoot = path.join(process.cwd(), "db", "migrations");
const migrationLockKey = 727_100_001;

/** How many migrations the database has applied (drizzle's own journal table; 0 before the first). */
async function appliedMigrations(client: Client | LibsqlClient): Promise<number> {
  try {
    if (client instanceof Client) return Number((await client.query("select count(*) as n from drizzle.__drizzle_migrations")).rows[0].n);
    return Number((await client.execute("select count(*) as n from __drizzle_migrations")).rows[0].n);
  } catch {
    return 0;
  }
}

export async function migrateDatabase(config: DatabaseConfig = resolveDatabaseConfig()) {
  if (config.dialect === "postgres") {
    const client = new Client({ connectionString: config.url });
    await client.connect();
    try {
      await client.query("select pg_advisory_lock($1)", [migrationLockKey]);
      const before = await appliedMigrations(client);
      await migratePg(drizzlePg(client), { migrationsFolder: path.join(migrationsRoot, "postgres") });
      // A migration may have filled or reshaped tables: the planner's statistics follow at once.
      if ((await appliedMigrations(client)) !== before) await client.query("analyze");
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
    const before = await appliedMigrations(client);
    await migrateLibsql(drizzleLibsql(client), { migrationsFolder: path.join(migrationsRoot, "sqlite") });
    // A migration may have filled or reshaped tables, and SQLite keeps no statistics unless asked.
    const analysed = (await client.execute("select 1 from sqlite_master where name = 'sqlite_stat1'")).rows.length > 0;
    if ((await appliedMigrations(client)) !== before || !analysed) await client.execute("analyze");
  } finally {
    client.close();
  }
}
