// One database handle for the whole process: SQLite through @libsql/client (async, real rollback)
// or PostgreSQL through node-postgres, chosen by DATABASE_URL. Typed once (see schema/index.ts).
import fs from "node:fs";
import path from "node:path";
import { createClient } from "@libsql/client";
import { ConnectionPool } from "@libsql/client/sqlite3";
import { drizzle as drizzleLibsql, type LibSQLDatabase } from "drizzle-orm/libsql";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { Pool } from "pg";
import { activeDialect, resolveDatabaseConfig, type DatabaseConfig } from "./config";
import { schema } from "./schema";

export type Database = LibSQLDatabase<typeof schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** A database handle or an open transaction: data-access functions accept either. */
export type Executor = Database | Transaction;

/** How long a SQLite write waits for another writer's lock before it fails. */
export const sqliteBusyTimeoutMs = 10_000;

type Connection = { db: Database; config: DatabaseConfig; close: () => Promise<void> };

function connect(config: DatabaseConfig): Connection {
  if (config.dialect === "postgres") {
    const pool = new Pool({
      connectionString: config.url,
      max: Number(process.env.DB_POOL_MAX ?? 10),
      // No parallel plans: at a city's volume a parallel worker costs more to start than it saves, and
      // the app serves many small requests at once (the board's totals: 57 ms with two workers, 8 ms
      // without, at 100,000 leads on two cores).
      options: "-c max_parallel_workers_per_gather=0",
    });
    const db = drizzlePg(pool, { schema }) as unknown as Database;
    return { db, config, close: () => pool.end() };
  }
  fs.mkdirSync(path.dirname(path.resolve(config.file)), { recursive: true });
  enlargeSqliteCaches();
  // timeout: SQLite's busy timeout, set on every connection of the client's pool: a write that
  // meets the write lock of another connection or process (an import, a migration) waits up to
  // this long instead of failing at once with SQLITE_BUSY.
  // concurrency: two connections, one for the transaction of the moment (they take turns:
  // queueTransactions) and one that every read shares. Statements run one at a time in this process
  // anyway; with the driver's default of 20, a page's concurrent reads each opened a connection of
  // its own, with its own cold page cache (the whole cockpit: 274 ms, 137 ms on two).
  const client = createClient({ url: config.url, timeout: sqliteBusyTimeoutMs, concurrency: 2 });
  const db = drizzleLibsql(client, { schema });
  queueTransactions(db);
  return {
    db,
    config,
    close: async () => client.close(),
  };
}

/** Each SQLite connection's page cache: 128 MiB instead of SQLite's 2 MiB. */
const sqliteCacheKiB = 131_072;
const tunedConnections = new WeakSet<object>();

/**
 * SQLite keeps its page cache per connection, 2 MiB unless told otherwise: at a city's volume (100,000
 * leads, a 200 MB file) nearly every row the cockpit reads was a read from the file (a tally of the
 * year's signings: 55 ms, 19 ms with the cache). The client's pool opens connections as it needs
 * them and has no hook for setting one up, so each connection it hands out gets its cache here.
 */
function enlargeSqliteCaches(): void {
  const pool = ConnectionPool.prototype as unknown as { acquireSync: (this: unknown, forTransaction?: boolean) => unknown };
  if ((pool.acquireSync as { tuned?: boolean }).tuned) return;
  const acquire = pool.acquireSync;
  const tuned = function (this: unknown, forTransaction?: boolean) {
    const connection = acquire.call(this, forTransaction) as { exec: (sql: string) => void };
    if (!tunedConnections.has(connection)) {
      connection.exec(`PRAGMA cache_size = -${sqliteCacheKiB}`);
      tunedConnections.add(connection);
    }
    return connection;
  };
  pool.acquireSync = Object.assign(tuned, { tuned: true });
}

/**
 * SQLite has one writer at a time, and the driver runs each statement synchronously: a second
 * transaction of this process that began while the first held the write lock would block the
 * whole event loop in SQLite's busy wait, so the first could never finish (both then fail after
 * the busy timeout: 20 concurrent saves answered "系统出现异常"). Transactions of the process
 * therefore wait their turn here, without blocking; the busy timeout is left for other processes
 * (an import run from the command line, a migration).
 */
function queueTransactions(db: Database): void {
  const deferred = db.transaction.bind(db);
  // Each transaction takes the write lock when it begins (BEGIN IMMEDIATE), waiting for it up to the
  // busy timeout: a deferred one that read first and then writes while another process committed
  // meanwhile would fail at once (SQLITE_BUSY_SNAPSHOT, which no busy timeout retries).
  const begin: Database["transaction"] = (run, options) => deferred(run, { behavior: "immediate", ...options });
  let tail: Promise<unknown> = Promise.resolve();
  db.transaction = ((run, options) => {
    const turn = tail.then(() => begin(run, options));
    tail = turn.catch(() => undefined);
    return turn;
  }) as Database["transaction"];
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
