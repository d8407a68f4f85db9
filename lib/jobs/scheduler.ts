// The scheduler inside the server process (croner): the daily jobs at their China-time hour, the
// delivery every minute, and a catch-up of today's missed daily jobs at start. Every server may run
// it: the lease rows make each daily job run once, and each message is claimed by one server.
// JOBS=off (the e2e servers, a server that should leave the jobs to cron) keeps it from starting.
import "server-only";
import { Cron } from "croner";
import { catchUp, dailyJobs, describeOutcome, officeTimeZone, runDailyJob, runDelivery } from "./index";

const started = Symbol.for("zhaoshang.scheduler");
type WithScheduler = typeof globalThis & { [started]?: Cron[] };

export const schedulerDisabled = () => process.env.JOBS?.trim().toLowerCase() === "off";

const log = (line: string) => console.log(`[jobs] ${line}`);
const logError = (what: string) => (error: unknown) => console.error(`[jobs] ${what} failed`, error);

export function startScheduler(): Cron[] {
  const global = globalThis as WithScheduler;
  if (global[started]) return global[started];
  const crons = [
    ...dailyJobs.map((job) => {
      const [hour, minute] = job.at.split(":").map(Number);
      return new Cron(`${minute} ${hour} * * *`, { name: job.name, timezone: officeTimeZone, protect: true, catch: logError(job.name) }, async () => {
        log(describeOutcome(await runDailyJob(job, new Date())));
      });
    }),
    new Cron("* * * * *", { name: "delivery", timezone: officeTimeZone, protect: true, catch: logError("delivery") }, async () => {
      const run = await runDelivery(new Date());
      if (run.result.sent || run.result.retry || run.result.failed) log(describeOutcome(run));
    }),
  ];
  global[started] = crons;
  void catchUp(new Date())
    .then((outcomes) => outcomes.forEach((o) => log(`catch-up ${describeOutcome(o)}`)))
    .catch(logError("catch-up"));
  log(`scheduler started: ${dailyJobs.map((j) => `${j.name} ${j.at}`).join(", ")} (${officeTimeZone}), delivery every minute`);
  return crons;
}

export function stopScheduler() {
  const global = globalThis as WithScheduler;
  global[started]?.forEach((cron) => cron.stop());
  delete global[started];
}
