// Issue 9 item 1: a server started on an empty database (as `npm start` does, without DEMO_DATA)
// migrates it and writes nothing else, so nobody can sign in until `npm run user:create` made the
// first administrator. Runs the real startup code and the real script in child processes, against a
// fresh database of the same dialect as DATABASE_URL (a temp SQLite file, or a new PostgreSQL database).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createClient } from "@libsql/client";
import { eq } from "drizzle-orm";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, db } from "@/db/client";
import { users } from "@/db/schema";
import { authenticate } from "@/lib/auth/authenticate";

const root = process.cwd();
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const mainUrl = process.env.DATABASE_URL!;
const isPostgres = mainUrl.startsWith("postgres");
const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
let freshUrl: string;
let cleanup: () => Promise<void>;

function runTsx(args: string[], env: Record<string, string>) {
  const { DEMO_DATA: _ignored, ...inherited } = process.env;
  const result = spawnSync(tsx, ["--conditions=react-server", ...args], {
    cwd: root,
    env: { ...inherited, AUTH_SECRET: "first-start-test-secret", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const startServer = (databaseUrl: string) =>
  runTsx(["--eval", "import('./lib/server/startup.ts').then((m) => (m.startServer ?? m.default.startServer)()).then(() => process.exit(0), (e) => { console.error(e); process.exit(1); })"], {
    DATABASE_URL: databaseUrl,
  });

const userCreate = (databaseUrl: string, args: string[], password: string) =>
  runTsx(["scripts/user-create.ts", ...args], { DATABASE_URL: databaseUrl, NEW_USER_PASSWORD: password });

async function countRows(url: string, table: string): Promise<number> {
  if (isPostgres) {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      return Number((await client.query(`select count(*) as n from ${table}`)).rows[0].n);
    } finally {
      await client.end();
    }
  }
  const client = createClient({ url });
  try {
    return Number((await client.execute(`select count(*) as n from ${table}`)).rows[0].n);
  } finally {
    client.close();
  }
}

beforeAll(async () => {
  if (isPostgres) {
    const name = `zs_fresh_${run}`;
    const admin = new Client({ connectionString: mainUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(mainUrl);
    url.pathname = `/${name}`;
    freshUrl = url.toString();
    cleanup = async () => {
      const c = new Client({ connectionString: mainUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zs-fresh-"));
    freshUrl = `file:${path.join(dir, "fresh.db")}`;
    cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

afterAll(async () => {
  await cleanup?.();
  await closeDatabase();
});

describe(`first start on an empty ${isPostgres ? "PostgreSQL" : "SQLite"} database`, () => {
  it("migrates, creates no account and no demo data, and says how to create the first administrator", () => {
    const started = startServer(freshUrl);
    expect(started.output).toContain("database ready");
    expect(started.output).not.toContain("demo data seeded");
    expect(started.output).toContain("npm run user:create -- --username NAME --name 姓名 --role admin");
    expect(started.status).toBe(0);
  }, 90_000);

  it("leaves every table of people and business empty", async () => {
    // office_settings too: a real deployment names no city until its admin sets one (issue 11).
    for (const table of ["users", "task_groups", "leads", "companies", "targets", "trips", "audit_log", "office_settings"]) {
      expect(`${table}: ${await countRows(freshUrl, table)}`).toBe(`${table}: 0`);
    }
  });

  it("npm run user:create refuses a password the admin form refuses, and writes nothing", async () => {
    const result = userCreate(freshUrl, ["--username", "chief", "--name", "局长", "--role", "admin"], "short");
    expect(result.status).not.toBe(0);
    expect(result.output).toContain("password");
    expect(await countRows(freshUrl, "users")).toBe(0);
  }, 60_000);

  it("npm run user:create holds the first administrator's own password to the full rules (10+, not guessable)", async () => {
    // Long enough for the admin form's 8, but a common password: nobody would make this user change it later.
    const result = userCreate(freshUrl, ["--username", "chief", "--name", "局长", "--role", "admin"], "password1234");
    expect(result.status).not.toBe(0);
    expect(result.output).toContain("新密码太常见或太容易被猜到");
    expect(await countRows(freshUrl, "users")).toBe(0);
  }, 60_000);

  it("npm run user:create makes the first administrator, and the next start says nothing more", async () => {
    const result = userCreate(freshUrl, ["--username", "chief", "--name", "局长", "--role", "admin"], "a-long-Secret-2026!");
    expect(result.output).toContain("chief");
    expect(result.status).toBe(0);
    expect(await countRows(freshUrl, "users")).toBe(1);
    const again = startServer(freshUrl);
    expect(again.status).toBe(0);
    expect(again.output).not.toContain("npm run user:create");
    expect(await countRows(freshUrl, "users")).toBe(1);
  }, 120_000);
});

describe("npm run user:create", () => {
  it("makes an active administrator who can sign in with the password given", async () => {
    const username = `boss-${run}`;
    const password = "Guang-an-安全-2026";
    const result = userCreate(mainUrl, ["--username", username, "--name", "招商局长", "--role", "admin", "--title", "局长"], password);
    expect(result.status).toBe(0);
    const [row] = await db.select().from(users).where(eq(users.username, username));
    expect(row).toMatchObject({ name: "招商局长", title: "局长", role: "admin", isActive: true, mustChangePassword: false });
    expect(row.passwordHash).not.toContain(password);
    expect(await authenticate(username, password, { ip: "127.0.0.1", userAgent: null })).toMatchObject({ ok: true, user: { id: row.id, role: "admin" } });
    expect(await authenticate(username, "wrong-password-2026", { ip: "127.0.0.1", userAgent: null })).toMatchObject({ ok: false });
  }, 60_000);

  it("refuses a user name that is taken", async () => {
    const result = userCreate(mainUrl, ["--username", `boss-${run}`, "--name", "另一人", "--role", "admin"], "Another-long-pw-2026");
    expect(result.status).toBe(1);
    expect(result.output).toContain("该用户名已被使用");
  }, 60_000);
});
