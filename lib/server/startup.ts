// What a server does once when it starts (called from instrumentation.ts, Node.js runtime only):
// refuse to run without AUTH_SECRET (Auth.js would otherwise treat everyone as signed out), then
// bring the database schema up to date. Demo data only with DEMO_DATA=1 (`npm run demo` and the
// e2e servers set it); otherwise an empty database stays empty until `npm run user:create`. Then the
// scheduler (lib/jobs/scheduler.ts) starts, unless JOBS=off, and never while `next build` runs.
import { resolveDatabaseConfig } from "@/db/config";
import { hasActiveAdmin } from "@/db/queries/setup";
import { demoDataRequested, ensureDatabaseReady } from "@/db/seed/ensure";

export async function startServer() {
  if (!process.env.AUTH_SECRET) {
    console.error(
      "\n[startup] AUTH_SECRET is not set. Set it to a long random string (e.g. `openssl rand -base64 32`)\n" +
        "          in the environment or in .env.local; `npm run demo` writes one for you.\n",
    );
    process.exit(1);
  }
  const started = Date.now();
  const result = await ensureDatabaseReady({ demo: demoDataRequested() });
  console.log(
    `[startup] database ready (${resolveDatabaseConfig().dialect})${result.seeded ? ", demo data seeded" : ""} in ${Date.now() - started} ms`,
  );
  if (!(await hasActiveAdmin())) {
    console.log(
      "[startup] no active administrator yet: create one with\n" +
        "          npm run user:create -- --username NAME --name 姓名 --role admin",
    );
  }
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { schedulerDisabled, startScheduler } = await import("@/lib/jobs/scheduler");
  if (schedulerDisabled()) console.log("[startup] scheduler off (JOBS=off): run `npm run jobs:run-once` from cron instead");
  else startScheduler();
}
