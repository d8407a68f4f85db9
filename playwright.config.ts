// End-to-end tests (e2e/) against the built app (`npm run build` first), run twice: once on
// SQLite (port 3100) and once on PostgreSQL (port 3101, only when E2E_PG_URL is set). The app
// migrates an empty database at start and, with DEMO_DATA=1 (set below, never by `npm start`), writes
// the demo city into it; scripts/test.mjs hands it fresh ones each run
// (it deletes .tmp/e2e/ and creates the PostgreSQL database anew).
//
// Env: CHROMIUM_PATH (default /usr/bin/chromium), E2E_PG_URL, E2E_JSON=path (JSON report),
// E2E_WORKERS (default: one per database), E2E_TRACE=1 (keep a trace of each failing test).
import { defineConfig, devices, type PlaywrightTestConfig } from "@playwright/test";

const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** Fixed secret for the test servers only (never used outside e2e). */
export const E2E_AUTH_SECRET = "e2e-only-secret-4f9c2b7a1d8e6035c9a4b1f7e2d8c6a0";
/** SQLite on E2E_PORT (default 3100), PostgreSQL on the next port; parallel runs pick other ports. */
const portBase = Number(process.env.E2E_PORT) || 3100;
export const E2E_SQLITE_FILE = `.tmp/e2e-${portBase}/e2e.db`;

const pgUrl = process.env.E2E_PG_URL?.trim();
const jsonReport = process.env.E2E_JSON?.trim();

type Target = { name: "sqlite" | "postgres"; port: number; databaseUrl: string };
const targets: Target[] = [
  { name: "sqlite", port: portBase, databaseUrl: `file:${E2E_SQLITE_FILE}` },
  ...(pgUrl ? [{ name: "postgres" as const, port: portBase + 1, databaseUrl: pgUrl }] : []),
];

const baseURL = (port: number) => `http://localhost:${port}`;

const webServer: PlaywrightTestConfig["webServer"] = targets.map((target) => ({
  // NEXT_DIST_DIR (see next.config.ts) lets parallel checkouts of work build and serve separately.
  command: `node server.mjs -p ${target.port}`,
  url: `${baseURL(target.port)}/api/health`,
  env: {
    DATABASE_URL: target.databaseUrl,
    AUTH_SECRET: E2E_AUTH_SECRET,
    AUTH_URL: baseURL(target.port),
    AUTH_TRUST_HOST: "true",
    NEXT_TELEMETRY_DISABLED: "1",
    // The tests claim their client address in X-Forwarded-For (e2e/fixtures.ts), so that the
    // sign-in limits per client apply per test, as they would per user behind a reverse proxy.
    TRUST_PROXY: "1",
    // The tests sign in as the demo accounts: ask for the demo city on purpose.
    DEMO_DATA: "1",
    // No scheduler: a test that wants the jobs runs `npm run jobs:run-once --now …` itself.
    JOBS: "off",
  },
  reuseExistingServer: false,
  // First start migrates and seeds an empty database.
  timeout: 180_000,
  stdout: "ignore",
  stderr: "pipe",
}));

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  // The SQLite and the PostgreSQL run go side by side, each one test at a time in file order (the
  // tests of one server share its database).
  workers: Number(process.env.E2E_WORKERS) || targets.length,
  // Generous: the two databases run side by side on two cores; speed is measured in `npm run bench`, not here.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: jsonReport ? [["list"], ["json", { outputFile: jsonReport }]] : [["list"]],
  use: {
    ...devices["Desktop Chrome"],
    viewport: { width: 1366, height: 900 },
    headless: true,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    // Recording a trace for every test costs about a third of the suite's time (the browser
    // screencasts each step); E2E_TRACE=1 turns it on when a failure needs one.
    trace: process.env.E2E_TRACE ? "retain-on-failure" : "off",
    screenshot: "only-on-failure",
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  projects: targets.map((target) => ({
    name: target.name,
    workers: 1,
    use: { baseURL: baseURL(target.port) },
  })),
  webServer,
});
