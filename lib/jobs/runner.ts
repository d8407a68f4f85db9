// Running a scheduled job once per slot, wherever it runs: the job_runs row of (job, slot) is the
// lease. Several app servers (or a cron line and a server) may try the same slot at once; the unique
// index lets one insert win, a done slot is never run again, and a slot whose holder died (its lease
// lapsed) or failed is taken over by exactly one of those who try, by a conditional UPDATE.
import os from "node:os";
import { randomBytes } from "node:crypto";
import { and, eq, lte, or, sql } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { jobRuns } from "@/db/schema";

export type JobResult = Record<string, string | number | boolean | null>;

export type JobOutcome =
  | { job: string; slot: string; status: "done"; result: JobResult; attempt: number }
  | { job: string; slot: string; status: "skipped"; reason: "already_done" | "held_elsewhere" }
  | { job: string; slot: string; status: "failed"; error: string };

/** Who holds a lease: this machine, this process, and a random part (two runners in one process differ). */
export function newHolderId(): string {
  return `${os.hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
}

/** Long enough for the slowest job; a server that died mid-run frees its slot after this. */
export const defaultLeaseMs = 10 * 60_000;

type RunOptions = { now?: Date; leaseMs?: number; holder?: string };

/** Claims (job, slot); returns the run's id and attempt number when this caller won it, else why not. */
async function claim(job: string, slot: string, holder: string, now: Date, leaseMs: number, executor: Executor) {
  const leaseUntil = new Date(+now + leaseMs);
  const [inserted] = await executor
    .insert(jobRuns)
    .values({ job, slot, status: "running", holder, leaseUntil, attempts: 1, startedAt: now })
    .onConflictDoNothing()
    .returning({ id: jobRuns.id, attempts: jobRuns.attempts });
  if (inserted) return { won: true as const, ...inserted };
  const [existing] = await executor
    .select({ id: jobRuns.id, status: jobRuns.status, leaseUntil: jobRuns.leaseUntil })
    .from(jobRuns)
    .where(and(eq(jobRuns.job, job), eq(jobRuns.slot, slot)))
    .limit(1);
  if (!existing || existing.status === "done") return { won: false as const, reason: "already_done" as const };
  // Taken over only if it is still failed or lapsed when the UPDATE runs: of several who try, one
  // changes the row and the others change nothing.
  const [taken] = await executor
    .update(jobRuns)
    .set({ status: "running", holder, leaseUntil, startedAt: now, finishedAt: null, error: null, attempts: sql`${jobRuns.attempts} + 1` })
    .where(
      and(
        eq(jobRuns.id, existing.id),
        or(eq(jobRuns.status, "failed"), and(eq(jobRuns.status, "running"), lte(jobRuns.leaseUntil, now))),
      ),
    )
    .returning({ id: jobRuns.id, attempts: jobRuns.attempts });
  if (taken) return { won: true as const, ...taken };
  return { won: false as const, reason: "held_elsewhere" as const };
}

/**
 * Runs `fn` for this slot unless another runner did or does: done slots are skipped, and so is a slot
 * another holder runs under a live lease. The row ends done with the job's small result, or failed
 * with the error (the next runner takes it over).
 */
export async function runJob(
  job: string,
  slot: string,
  fn: (context: { now: Date; holder: string }) => Promise<JobResult>,
  { now = new Date(), leaseMs = defaultLeaseMs, holder = newHolderId() }: RunOptions = {},
): Promise<JobOutcome> {
  // Every write in a transaction of its own: on SQLite the process's writes take turns there.
  const claimed = await db.transaction((tx) => claim(job, slot, holder, now, leaseMs, tx));
  if (!claimed.won) return { job, slot, status: "skipped", reason: claimed.reason };
  const mine = and(eq(jobRuns.id, claimed.id), eq(jobRuns.holder, holder));
  try {
    const result = await fn({ now, holder });
    await db.transaction((tx) => tx.update(jobRuns).set({ status: "done", finishedAt: new Date(), result: JSON.stringify(result) }).where(mine));
    return { job, slot, status: "done", result, attempt: claimed.attempts };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db.transaction((tx) => tx.update(jobRuns).set({ status: "failed", finishedAt: new Date(), error: message.slice(0, 2000) }).where(mine));
    return { job, slot, status: "failed", error: message };
  }
}
