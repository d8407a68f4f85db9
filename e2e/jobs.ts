// The morning jobs from an e2e test: `npm run jobs:run-once` on the database the server of this
// project runs on (playwright.config.ts), as a cron line beside the servers would run it.
import { execFile } from "node:child_process";
import { promisify } from "node:util";

export function e2eDatabaseUrl(project: string): string {
  if (project === "postgres") return process.env.E2E_PG_URL!.trim();
  return `file:.tmp/e2e-${Number(process.env.E2E_PORT) || 3100}/e2e.db`;
}

/** Runs the jobs once at `moment` (ISO, e.g. "2026-12-05T09:00:00+08:00"); resolves to what it printed. */
export async function runJobsOnce(project: string, moment: string): Promise<string> {
  const { stdout } = await promisify(execFile)("npx", ["tsx", "--conditions=react-server", "scripts/jobs-run-once.ts", "--now", moment], {
    env: { ...process.env, DATABASE_URL: e2eDatabaseUrl(project) },
    timeout: 120_000,
  });
  return stdout;
}
