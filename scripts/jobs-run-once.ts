// npm run jobs:run-once [-- --now 2026-12-04T08:00:00+08:00] [--only reminders|digests|delivery]
//
// Runs the scheduler's jobs once, as the server's scheduler would, and prints what each did: for a
// cron line on a server whose app servers run with JOBS=off, and for tests (--now sets the moment).
// The daily jobs run under the same lease as the servers', so running it twice, or while a server
// runs them, produces each reminder and digest once. Applies the migrations first.
import { parseArgs } from "node:util";
import { resolveDatabaseConfig } from "../db/config";
import { migrateDatabase } from "../db/migrate";
import { describeOutcome, jobNames, runJobsOnce, type JobName } from "../lib/jobs";
import { runMain } from "./run-main";

const usage = `Usage: npm run jobs:run-once -- [--now ISO-8601 moment] [--only ${jobNames.join("|")}]`;

async function main() {
  const { values } = parseArgs({ options: { now: { type: "string" }, only: { type: "string" }, help: { type: "boolean" } } });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const now = values.now ? new Date(values.now) : new Date();
  if (Number.isNaN(+now)) {
    console.error(`--now: not a moment: ${values.now}\n${usage}`);
    return 2;
  }
  if (values.only && !jobNames.includes(values.only as JobName)) {
    console.error(`--only: one of ${jobNames.join(", ")}\n${usage}`);
    return 2;
  }
  await migrateDatabase(resolveDatabaseConfig());
  const outcomes = await runJobsOnce(now, values.only as JobName | undefined);
  for (const outcome of outcomes) console.log(describeOutcome(outcome));
  return outcomes.some((o) => o.status === "failed") ? 1 : 0;
}

runMain(main);
