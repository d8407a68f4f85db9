// The scheduled jobs, and how one run of them goes: the morning reminders, then the digests (whose
// personal counts include this morning's reminders), each once per day in China time under the
// lease of lib/jobs/runner.ts; and the outbox's delivery, every minute, each message claimed apart.
import "server-only";
import { deliverDueMessages } from "./delivery";
import { runDigests } from "./digest";
import { runReminders } from "./reminders";
import { newHolderId, runJob, type JobOutcome, type JobResult } from "./runner";
import { toIsoDate } from "@/lib/format";

export const officeTimeZone = "Asia/Shanghai";

type DailyJob = { name: "reminders" | "digests"; /** China time, HH:MM */ at: string; run: (now: Date) => Promise<JobResult> };

export const dailyJobs: readonly DailyJob[] = [
  { name: "reminders", at: "08:00", run: runReminders },
  { name: "digests", at: "08:05", run: runDigests },
];

export const jobNames = ["reminders", "digests", "delivery"] as const;
export type JobName = (typeof jobNames)[number];

/** The slot of a daily job: the day in China time. */
export const daySlot = (now: Date) => toIsoDate(now);

/** China time of day, "HH:MM". */
const chinaTime = (now: Date) => new Date(+now + 8 * 3600_000).toISOString().slice(11, 16);

export async function runDailyJob(job: DailyJob, now: Date, holder = newHolderId()): Promise<JobOutcome> {
  return runJob(job.name, daySlot(now), ({ now: at }) => job.run(at), { now, holder });
}

export type DeliveryRun = { job: "delivery"; status: "done"; result: Awaited<ReturnType<typeof deliverDueMessages>> };

export async function runDelivery(now: Date): Promise<DeliveryRun> {
  return { job: "delivery", status: "done", result: await deliverDueMessages({ now }) };
}

/** `npm run jobs:run-once`: every job (or `only`) once for the moment `now`, the daily ones whatever the hour. */
export async function runJobsOnce(now: Date, only?: JobName): Promise<(JobOutcome | DeliveryRun)[]> {
  const holder = newHolderId();
  const outcomes: (JobOutcome | DeliveryRun)[] = [];
  for (const job of dailyJobs) if (!only || only === job.name) outcomes.push(await runDailyJob(job, now, holder));
  if (!only || only === "delivery") outcomes.push(await runDelivery(now));
  return outcomes;
}

/** At start: today's daily jobs whose hour has passed and that no one ran (the server was down). */
export async function catchUp(now: Date): Promise<JobOutcome[]> {
  const holder = newHolderId();
  const outcomes: JobOutcome[] = [];
  for (const job of dailyJobs) if (chinaTime(now) >= job.at) outcomes.push(await runDailyJob(job, now, holder));
  return outcomes;
}

/** One line per outcome, for the log and the command line. */
export function describeOutcome(outcome: JobOutcome | DeliveryRun): string {
  if (!("slot" in outcome)) return `delivery: ${JSON.stringify(outcome.result)}`;
  const o = outcome;
  if (o.status === "done") return `${o.job} ${o.slot}: done ${JSON.stringify(o.result)}${o.attempt > 1 ? ` (attempt ${o.attempt})` : ""}`;
  if (o.status === "skipped") return `${o.job} ${o.slot}: skipped (${o.reason === "already_done" ? "already done" : "running elsewhere"})`;
  return `${o.job} ${o.slot}: failed: ${o.error}`;
}
