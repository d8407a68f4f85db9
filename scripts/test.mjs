#!/usr/bin/env node
// `npm test`: the whole check, on a fresh Debian machine, in this order, stopping at the first
// failing step (cleanup always runs):
//   tools        Debian's chromium and postgresql, installed with apt-get when missing
//   postgres     a throwaway cluster in a temp dir (databases zs_integration, zs_e2e)
//   lint, typecheck
//   unit         vitest --project unit
//   integration  vitest --project integration on a fresh SQLite file, then on PostgreSQL
//   build        next build
//   e2e          playwright test (SQLite on :3100, PostgreSQL on :3101)
// The last line printed is `N passed, N failed` (tests counted from the JSON reports; a failing
// lint, typecheck, build or setup step counts as 1 failed). Exit code 0 only if all passed.
//
//   node scripts/test.mjs --only unit,integration     # steps: lint typecheck unit integration
//                                                     #        (or integration-sqlite /
//                                                     #        integration-postgres) build e2e
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const reportsDir = path.join(root, ".tmp", "reports");
// Must match playwright.config.ts: one folder per E2E_PORT, so parallel runs do not collide.
const e2eDir = path.join(root, ".tmp", `e2e-${process.env.E2E_PORT || 3100}`);
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

// ---------------------------------------------------------------------------------------------
// Which steps

const allSteps = ["lint", "typecheck", "unit", "integration-sqlite", "integration-postgres", "build", "e2e"];
const aliases = { integration: ["integration-sqlite", "integration-postgres"] };

function selectedSteps(argv) {
  const index = argv.findIndex((a) => a === "--only" || a.startsWith("--only="));
  if (index === -1) return allSteps;
  const value = argv[index].includes("=") ? argv[index].split("=")[1] : argv[index + 1];
  if (!value) fail(`--only needs a list, e.g. --only unit,integration (steps: ${allSteps.join(", ")})`);
  const wanted = new Set();
  for (const name of value.split(",").map((s) => s.trim()).filter(Boolean)) {
    const expanded = aliases[name] ?? (allSteps.includes(name) ? [name] : null);
    if (!expanded) fail(`unknown step "${name}" (steps: ${allSteps.join(", ")}, integration)`);
    expanded.forEach((s) => wanted.add(s));
  }
  return allSteps.filter((s) => wanted.has(s));
}

function fail(message) {
  console.error(`scripts/test.mjs: ${message}`);
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// Cleanup: always, on normal exit, on error and on SIGINT/SIGTERM/SIGHUP.

const cleanups = [];
function runCleanups() {
  while (cleanups.length) {
    const fn = cleanups.pop();
    try {
      fn();
    } catch (error) {
      console.error(`cleanup: ${error?.message ?? error}`);
    }
  }
}
process.on("exit", runCleanups);

let currentChild = null;
let stopping = false;
for (const [signal, number] of [["SIGINT", 2], ["SIGTERM", 15], ["SIGHUP", 1]]) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.error(`\nscripts/test.mjs: ${signal}, stopping…`);
    const child = currentChild;
    const finish = () => {
      runCleanups();
      process.exit(128 + number);
    };
    if (!child || child.exitCode !== null) return finish();
    child.once("exit", finish);
    try {
      child.kill(signal);
    } catch {
      /* already gone */
    }
    setTimeout(() => {
      try {
        child.kill("SIGKILL");
      } catch {
        /* already gone */
      }
      finish();
    }, 15_000).unref();
  });
}

// ---------------------------------------------------------------------------------------------
// Processes

/** Runs a command with its output streamed to ours; resolves to its exit code. */
function run(command, args, { env = process.env, cwd = root } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: "inherit" });
    currentChild = child;
    child.on("error", (error) => {
      console.error(`cannot run ${command}: ${error.message}`);
      resolve(127);
    });
    child.on("exit", (code, signal) => {
      currentChild = null;
      resolve(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 1));
    });
  });
}

/** Runs a short command synchronously; throws with its output when it fails. */
function runSync(command, args, { quiet = false, env = process.env } = {}) {
  const result = spawnSync(command, args, { cwd: root, env, encoding: "utf8", stdio: quiet ? "pipe" : "inherit" });
  if (result.error) throw new Error(`cannot run ${command}: ${result.error.message}`);
  if (result.status !== 0) {
    const output = quiet ? `\n${result.stdout ?? ""}${result.stderr ?? ""}`.trimEnd() : "";
    throw new Error(`${command} ${args.join(" ")} exited with ${result.status ?? result.signal}${output}`);
  }
  return result.stdout ?? "";
}

const isRoot = process.getuid?.() === 0;
const hasCommand = (name) => spawnSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" }).status === 0;

// ---------------------------------------------------------------------------------------------
// a. Tools

let aptUpdated = false;
function aptInstall(packages) {
  let prefix = [];
  if (!isRoot) {
    if (!hasCommand("sudo")) {
      throw new Error(
        `need Debian package(s) ${packages.join(" ")}, but not running as root and sudo is not available: ` +
          `install them first (apt-get install -y ${packages.join(" ")})`,
      );
    }
    prefix = ["sudo", process.stdin.isTTY ? null : "-n"].filter(Boolean);
  }
  const apt = (...args) => {
    const [command, ...rest] = [...prefix, "env", "DEBIAN_FRONTEND=noninteractive", "apt-get", ...args];
    runSync(command, rest);
  };
  if (!aptUpdated) {
    console.log("tools: apt-get update");
    apt("update");
    aptUpdated = true;
  }
  console.log(`tools: apt-get install -y ${packages.join(" ")}`);
  apt("install", "-y", ...packages);
}

function postgresBinDir() {
  const base = "/usr/lib/postgresql";
  if (!fs.existsSync(base)) return null;
  const versions = fs
    .readdirSync(base)
    .filter((v) => fs.existsSync(path.join(base, v, "bin", "initdb")) && fs.existsSync(path.join(base, v, "bin", "pg_ctl")))
    .sort((a, b) => Number(b) - Number(a) || b.localeCompare(a));
  return versions.length ? path.join(base, versions[0], "bin") : null;
}

function ensureTools({ chromium, postgres }) {
  if (chromium) {
    if (fs.existsSync(chromiumPath)) console.log(`tools: chromium found at ${chromiumPath}`);
    else if (process.env.CHROMIUM_PATH) throw new Error(`CHROMIUM_PATH=${chromiumPath} does not exist`);
    else {
      console.log("tools: chromium missing, installing Debian's chromium");
      aptInstall(["chromium"]);
      if (!fs.existsSync(chromiumPath)) throw new Error(`chromium installed but ${chromiumPath} is missing`);
    }
  }
  if (postgres) {
    if (postgresBinDir()) console.log(`tools: PostgreSQL server binaries found in ${postgresBinDir()}`);
    else {
      console.log("tools: PostgreSQL server binaries missing, installing Debian's postgresql");
      aptInstall(["postgresql"]);
      if (!postgresBinDir()) throw new Error("postgresql installed but /usr/lib/postgresql/*/bin/initdb is missing");
    }
  }
}

// ---------------------------------------------------------------------------------------------
// b. Throwaway PostgreSQL cluster

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startPostgres() {
  const binDir = postgresBinDir();
  const pgBin = (name) => path.join(binDir, name);
  // PostgreSQL refuses to run as root: as root, its files belong to and it runs as `postgres`.
  const asOwner = (command, args, options) =>
    isRoot ? runSync("runuser", ["-u", "postgres", "--", command, ...args], options) : runSync(command, args, options);
  if (isRoot && spawnSync("id", ["-u", "postgres"], { stdio: "ignore" }).status !== 0) {
    throw new Error("running as root but there is no `postgres` user to run PostgreSQL as");
  }

  const dir = fs.mkdtempSync(path.join(isRoot ? "/tmp" : os.tmpdir(), "zs-pg-"));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  if (isRoot) {
    runSync("chown", ["postgres:", dir], { quiet: true });
  }
  const data = path.join(dir, "data");
  const log = path.join(dir, "postgres.log");
  const port = await freePort();

  console.log(`postgres: initdb in ${dir}`);
  asOwner(pgBin("initdb"), ["-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "-D", data], { quiet: true });
  const options = [
    `-p ${port}`,
    `-k ${dir}`,
    "-c listen_addresses=127.0.0.1",
    // A throwaway cluster: durability buys nothing here.
    "-c fsync=off",
    "-c synchronous_commit=off",
    "-c full_page_writes=off",
  ].join(" ");
  cleanups.push(() => {
    if (!fs.existsSync(path.join(data, "postmaster.pid"))) return;
    console.log("postgres: stopping the throwaway cluster");
    try {
      asOwner(pgBin("pg_ctl"), ["stop", "-D", data, "-m", "immediate", "-w", "-t", "30"], { quiet: true });
    } catch (error) {
      console.error(`postgres: pg_ctl stop failed: ${error.message}`);
    }
  });
  try {
    asOwner(pgBin("pg_ctl"), ["start", "-w", "-t", "60", "-D", data, "-l", log, "-o", options], { quiet: true });
  } catch (error) {
    const tail = fs.existsSync(log) ? fs.readFileSync(log, "utf8").split("\n").slice(-20).join("\n") : "";
    throw new Error(`${error.message}\n${tail}`);
  }
  for (const name of ["zs_integration", "zs_e2e"]) {
    runSync(pgBin("createdb"), ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", name], { quiet: true });
  }
  console.log(`postgres: cluster up on 127.0.0.1:${port} (databases zs_integration, zs_e2e)`);
  return {
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
  };
}

// ---------------------------------------------------------------------------------------------
// Reports

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

function vitestCounts(file, code) {
  const report = readJson(file);
  if (!report) return { passed: 0, failed: 1, note: `no JSON report (exit ${code})` };
  const passed = report.numPassedTests ?? 0;
  let failed = report.numFailedTests ?? 0;
  const extras = [];
  if (report.numPendingTests) extras.push(`${report.numPendingTests} skipped`);
  if (report.numTodoTests) extras.push(`${report.numTodoTests} todo`);
  if (report.numFailedTestSuites) extras.push(`${report.numFailedTestSuites} failed file(s)`);
  if (code !== 0 && failed === 0) {
    failed = 1;
    extras.push(`exit ${code} without a failed test (load error, no tests, or unhandled error)`);
  }
  return { passed, failed, note: extras.join(", ") };
}

function playwrightCounts(file, code) {
  const report = readJson(file);
  if (!report?.stats) return { passed: 0, failed: 1, note: `no JSON report (exit ${code})` };
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  let failed = unexpected;
  const extras = [];
  if (flaky) extras.push(`${flaky} flaky`);
  if (skipped) extras.push(`${skipped} skipped`);
  if (code !== 0 && failed === 0) {
    failed = 1;
    const errors = (report.errors ?? []).map((e) => (e.message ?? "").split("\n")[0]).filter(Boolean);
    extras.push(errors.length ? errors.join("; ") : `exit ${code} without a failed test`);
  }
  return { passed: expected + flaky, failed, note: extras.join(", ") };
}

// ---------------------------------------------------------------------------------------------
// Main

const steps = selectedSteps(process.argv.slice(2));
const results = [];
const record = (name, outcome) => results.push({ name, ...outcome });

function baseEnv(extra = {}) {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", VITE_CONFIG_NATIVE_IGNORE_WARNING: "true", ...extra };
  if (!("DATABASE_URL" in extra)) delete env.DATABASE_URL;
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
  return env;
}

function header(name, command) {
  console.log(`\n━━━ ${name}: ${command}`);
}

async function vitestStep(name, project, extraEnv = {}) {
  const report = path.join(reportsDir, `${name}.json`);
  fs.rmSync(report, { force: true });
  header(name, `vitest run --project ${project}${extraEnv.DATABASE_URL ? `  (DATABASE_URL=${extraEnv.DATABASE_URL})` : ""}`);
  const started = Date.now();
  const code = await run(bin("vitest"), ["run", "--project", project], { env: baseEnv({ ...extraEnv, VITEST_JSON: report }) });
  const counts = vitestCounts(report, code);
  record(name, { ...counts, ok: code === 0 && counts.failed === 0, seconds: (Date.now() - started) / 1000, tests: true });
}

async function commandStep(name, command, args, env = baseEnv()) {
  header(name, [command, ...args].join(" "));
  const started = Date.now();
  const code = await run(command, args, { env });
  record(name, {
    ok: code === 0,
    passed: 0,
    failed: code === 0 ? 0 : 1,
    note: code === 0 ? "" : `exit ${code}`,
    seconds: (Date.now() - started) / 1000,
  });
}

async function main() {
  fs.mkdirSync(reportsDir, { recursive: true });
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "zs-test-"));
  cleanups.push(() => fs.rmSync(tempDir, { recursive: true, force: true }));

  const needsPostgres = steps.includes("integration-postgres") || steps.includes("e2e");
  const needsChromium = steps.includes("e2e");
  let postgres = null;

  // a + b: setup. A failure here counts as one failed step.
  if (needsPostgres || needsChromium) {
    header("setup", "tools and a throwaway PostgreSQL cluster");
    const started = Date.now();
    try {
      ensureTools({ chromium: needsChromium, postgres: needsPostgres });
      if (needsPostgres) postgres = await startPostgres();
      record("setup", { ok: true, passed: 0, failed: 0, note: "", seconds: (Date.now() - started) / 1000 });
    } catch (error) {
      console.error(`setup failed: ${error.message}`);
      record("setup", { ok: false, passed: 0, failed: 1, note: error.message.split("\n")[0], seconds: (Date.now() - started) / 1000 });
    }
  }

  for (const step of steps) {
    if (results.some((r) => !r.ok)) {
      record(step, { skipped: true, passed: 0, failed: 0 });
      continue;
    }
    switch (step) {
      case "lint":
        await commandStep("lint", "npm", ["run", "lint"]);
        break;
      case "typecheck":
        await commandStep("typecheck", "npm", ["run", "typecheck"]);
        break;
      case "unit":
        await vitestStep("unit", "unit");
        break;
      case "integration-sqlite":
        await vitestStep("integration-sqlite", "integration", {
          DATABASE_URL: `file:${path.join(tempDir, "integration", "integration.db")}`,
        });
        break;
      case "integration-postgres":
        await vitestStep("integration-postgres", "integration", { DATABASE_URL: postgres.url("zs_integration") });
        break;
      case "build":
        await commandStep(
          "build",
          "npm",
          ["run", "build"],
          baseEnv({
            AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
            DATABASE_URL: `file:${path.join(tempDir, "build", "build.db")}`,
          }),
        );
        break;
      case "e2e": {
        const report = path.join(reportsDir, "e2e.json");
        fs.rmSync(report, { force: true });
        fs.rmSync(e2eDir, { recursive: true, force: true });
        fs.mkdirSync(e2eDir, { recursive: true });
        const env = baseEnv({ E2E_PG_URL: postgres.url("zs_e2e"), E2E_JSON: report, CHROMIUM_PATH: chromiumPath });
        header("e2e", `playwright test  (E2E_PG_URL=${env.E2E_PG_URL})`);
        const started = Date.now();
        const code = await run(bin("playwright"), ["test"], { env });
        const counts = playwrightCounts(report, code);
        record("e2e", { ...counts, ok: code === 0 && counts.failed === 0, seconds: (Date.now() - started) / 1000, tests: true });
        break;
      }
    }
  }

  // Stop the cluster and remove temp files before the summary, so the summary ends the output.
  runCleanups();

  const passed = results.reduce((n, r) => n + r.passed, 0);
  const failed = results.reduce((n, r) => n + r.failed, 0);
  const width = Math.max(...results.map((r) => r.name.length));
  console.log("\n━━━ summary");
  for (const r of results) {
    let line;
    if (r.skipped) line = "not run (an earlier step failed)";
    else if (r.tests) line = `${r.passed} passed, ${r.failed} failed`;
    else line = r.ok ? "ok" : "FAILED";
    const note = r.note ? `  [${r.note}]` : "";
    const time = r.seconds !== undefined ? `  (${r.seconds.toFixed(1)}s)` : "";
    console.log(`${r.ok === false ? "✗" : r.skipped ? "·" : "✓"} ${r.name.padEnd(width)}  ${line}${time}${note}`);
  }
  process.exitCode = failed === 0 && results.every((r) => r.ok) ? 0 : 1;
  console.log(`${passed} passed, ${failed} failed`);
}

main().catch((error) => {
  runCleanups();
  console.error(error?.stack ?? String(error));
  console.log("0 passed, 1 failed");
  process.exit(1);
});
