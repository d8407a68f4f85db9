#!/usr/bin/env node
// npm run bench [-- --leads 100000 --runs 30]
//
// Prints, for SQLite and for PostgreSQL, the median and 95th percentile (ms, server side) of the
// data-access functions behind every page a role opens daily (scripts/bench-run.ts: the cockpit by
// section, the report card, the leads table by every sort and filter, the board, 督办, each role's
// 工作台, a stage change), each beside the raw time of the same SQL statements and its limit. It
// is a measurement, not a test: it prints figures and fails only if it cannot run.
//
//   SQLite      a file under .tmp/bench/ (BENCH_SQLITE_FILE to choose another), filled once by
//               npm run db:seed:scale and reused on later runs
//   PostgreSQL  BENCH_PG_URL, or a throwaway cluster started here (like scripts/test.mjs does)
//               and removed afterwards; BENCH_SKIP_PG=1 measures SQLite only
//   HTTP        then the same pages fetched from the built app (npm run build first, done here when
//               .next is missing) as each signed-in role: time to first byte and to the whole page;
//               BENCH_SKIP_HTTP=1 leaves it out
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { freePort, signIn, startApp } from "./app-server.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const tsx = path.join(root, "node_modules", ".bin", "tsx");

function option(name, fallback) {
  const argv = process.argv.slice(2);
  const index = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (index === -1) return fallback;
  const value = argv[index].includes("=") ? argv[index].split("=")[1] : argv[index + 1];
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} needs a positive whole number`);
  return n;
}

const leads = option("leads", 100_000);
const runs = option("runs", 30);

const cleanups = [];
const cleanup = () => {
  while (cleanups.length) {
    try {
      cleanups.pop()();
    } catch (error) {
      console.error(`cleanup: ${error.message}`);
    }
  }
};
process.on("exit", cleanup);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(130));

function run(command, args, env, { capture = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: capture ? ["ignore", "pipe", "inherit"] : "inherit" });
    let out = "";
    child.stdout?.on("data", (chunk) => (out += chunk));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(out) : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))));
  });
}

function runSync(command, args, quiet = true) {
  const result = spawnSync(command, args, { encoding: "utf8", stdio: quiet ? "pipe" : "inherit" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed: ${result.stderr ?? ""}`);
  return result.stdout;
}


/** A throwaway PostgreSQL cluster in a temp folder (as root it runs as the postgres user). */
async function startPostgres() {
  const base = "/usr/lib/postgresql";
  const version = fs.existsSync(base) ? fs.readdirSync(base).filter((v) => fs.existsSync(path.join(base, v, "bin", "initdb"))).sort((a, b) => b - a)[0] : null;
  if (!version) throw new Error("PostgreSQL server binaries not found: apt-get install postgresql, or set BENCH_PG_URL");
  const bin = (name) => path.join(base, version, "bin", name);
  const isRoot = process.getuid?.() === 0;
  const asOwner = (command, args) => (isRoot ? runSync("runuser", ["-u", "postgres", "--", command, ...args]) : runSync(command, args));
  const dir = fs.mkdtempSync(path.join(isRoot ? "/tmp" : os.tmpdir(), "zs-bench-pg-"));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  if (isRoot) runSync("chown", ["postgres:", dir]);
  const data = path.join(dir, "data");
  const port = await freePort();
  asOwner(bin("initdb"), ["-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "-D", data]);
  // Durability settings stay at their defaults: the figures are meant to be those of a real server.
  const options = [`-p ${port}`, `-k ${dir}`, "-c listen_addresses=127.0.0.1", "-c shared_buffers=256MB"].join(" ");
  asOwner(bin("pg_ctl"), ["start", "-w", "-t", "60", "-D", data, "-l", path.join(dir, "log"), "-o", options]);
  cleanups.push(() => asOwner(bin("pg_ctl"), ["stop", "-D", data, "-m", "fast", "-w", "-t", "60"]));
  runSync(bin("createdb"), ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "zs_bench"]);
  console.log(`postgres: throwaway cluster on 127.0.0.1:${port}`);
  return `postgres://postgres@127.0.0.1:${port}/zs_bench`;
}

async function measure(label, databaseUrl) {
  console.log(`\n━━━ ${label}: filling to ${leads.toLocaleString("en-US")} leads (npm run db:seed:scale)`);
  const started = Date.now();
  await run(tsx, ["scripts/db-seed-scale.ts", "--leads", String(leads)], { DATABASE_URL: databaseUrl });
  console.log(`${label}: data ready in ${((Date.now() - started) / 1000).toFixed(0)} s; measuring (${runs} runs each after 3 warm-up runs)…`);
  const out = await run(tsx, ["--conditions=react-server", "scripts/bench-run.ts", `--runs=${runs}`], { DATABASE_URL: databaseUrl }, { capture: true });
  const line = out.trim().split("\n").pop();
  const report = JSON.parse(line);
  if (process.env.BENCH_SKIP_HTTP !== "1") report.http = await measureHttp(label, databaseUrl);
  return report;
}

// ---- the same pages over HTTP, as each role, from the built app (npm run build) -------------------

const year = new Date().getFullYear();
/** The pages each role opens daily. */
const dailyPages = {
  shuji: ["/", `/?from=${year}-01&to=${year}-07`, "/board", "/leads", "/leads?sort=name&dir=asc", "/supervision", "/report", "/trips"],
  zuzhang: ["/", "/board", "/leads", "/supervision", "/groups", "/tasks", "/tasks?all=1"],
  zuyuan: ["/", "/board", "/leads", "/tasks"],
  mishu: ["/", "/meetings", "/trips", "/leads", "/tasks"],
};



/** Median time to the first byte and to the whole page, per page and role, over HTTP. */
async function measureHttp(label, databaseUrl) {
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) {
    console.log(`${label}: building the app first (npm run build)…`);
    await run("npm", ["run", "build"], {});
  }
  const { base, stop } = await startApp(root, databaseUrl);
  cleanups.push(stop);
  try {
    const results = [];
    for (const [username, pages] of Object.entries(dailyPages)) {
      const cookie = await signIn(base, username);
      for (const page of pages) {
        const first = [];
        const whole = [];
        for (let i = 0; i < 2 + Math.min(runs, 15); i++) {
          const started = performance.now();
          const response = await fetch(base + page, { headers: { cookie }, redirect: "manual" });
          const headers = performance.now();
          await response.text();
          if (response.status !== 200) throw new Error(`${username} ${page}: HTTP ${response.status}`);
          if (i >= 2) {
            first.push(headers - started);
            whole.push(performance.now() - started);
          }
        }
        const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
        results.push({ username, page, ttfb: median(first), whole: median(whole) });
      }
    }
    return results;
  } finally {
    stop();
  }
}

function printHttp(label, results) {
  console.log(`\n  ${label} over HTTP (built app, signed in; median of ${Math.min(runs, 15)} requests, ms)`);
  console.log(`  ${"role".padEnd(9)} ${"page".padEnd(30)} first byte   whole page`);
  for (const r of results) console.log(`  ${r.username.padEnd(9)} ${r.page.padEnd(30)} ${r.ttfb.toFixed(1).padStart(10)} ${r.whole.toFixed(1).padStart(12)}`);
}

function print(report) {
  const width = Math.max(...report.results.map((r) => r.name.length)) + 2;
  const ms = (v) => (v === null || v === undefined ? "—" : v.toFixed(1)).padStart(7);
  console.log(`\n${report.dialect === "postgres" ? "PostgreSQL" : "SQLite"} · ${report.leads.toLocaleString("en-US")} leads · ${report.runs} runs each, ms server side`);
  let group = null;
  let over = 0;
  for (const r of report.results) {
    if (r.group !== group) {
      group = r.group;
      console.log(`\n  ${group}`);
      console.log(`  ${"".padEnd(width)} median     p95     raw SQL (statements)   limit`);
    }
    const fails = r.limit !== null && (r.median > r.limit || r.p95 > 2 * r.limit);
    if (fails) over += 1;
    const limit = r.limit === null ? "" : `${fails ? "OVER " : "ok   "}${r.limit} / ${2 * r.limit}`;
    console.log(`  ${r.name.padEnd(width)}${ms(r.median)} ${ms(r.p95)}   ${ms(r.rawMedian)} (${String(r.statements).padStart(2)})      ${limit}`);
  }
  console.log(`\n  ${over === 0 ? "every figure under its limit (median, and p95 under twice it)" : `${over} figure(s) over their limit`}`);
}

async function main() {
  const reports = [];
  const sqliteFile = process.env.BENCH_SQLITE_FILE || path.join(".tmp", "bench", "bench.db");
  fs.mkdirSync(path.dirname(path.resolve(root, sqliteFile)), { recursive: true });
  reports.push(await measure("SQLite", `file:${sqliteFile}`));
  if (process.env.BENCH_SKIP_PG !== "1") {
    const pgUrl = process.env.BENCH_PG_URL?.trim() || (await startPostgres());
    reports.push(await measure("PostgreSQL", pgUrl));
  }
  console.log(`\n━━━ results (${os.cpus().length} cores, ${os.cpus()[0]?.model ?? "cpu"})`);
  for (const report of reports) {
    print(report);
    if (report.http) printHttp(report.dialect === "postgres" ? "PostgreSQL" : "SQLite", report.http);
  }
}

main()
  .then(() => cleanup())
  .catch((error) => {
    console.error(error.message ?? error);
    cleanup();
    process.exit(1);
  });
