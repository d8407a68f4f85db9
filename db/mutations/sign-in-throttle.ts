// Sign-in attempt counters in the database, so every app server on one database shares them.
// Each attempt is counted by ONE atomic upsert (insert … on conflict do update … returning) before
// any password is checked: parallel requests each get their own, strictly increasing count, and no
// read-then-write gap lets a burst of guesses through. The same statement runs on SQLite and
// PostgreSQL (both evaluate every SET expression against the row as it was before the update).
import { and, eq, isNotNull, isNull, lt, lte, or, sql, type SQL } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { signInThrottle } from "@/db/schema";

export type ThrottleRule = {
  /** Attempts allowed per window; the next one is refused (or, with lockMs, locks). */
  max: number;
  windowMs: number;
  /** When set, the attempt that reaches `max` locks the key for this long (a failure keeps it locked). */
  lockMs?: number;
};

export type ThrottleCount = {
  /** This attempt's number within the window (1 = first). */
  attempts: number;
  windowStartedAt: Date;
  lockedUntil: Date | null;
};

/** A Date as a bound parameter encoded like the column (ms on SQLite, timestamptz on PostgreSQL). */
const at = (value: Date) => sql.param(value, signInThrottle.windowStartedAt);

/** Counts one attempt on `key` and returns its number, in one statement. */
export async function countAttempt(key: string, rule: ThrottleRule, now: Date, executor: Executor = db): Promise<ThrottleCount> {
  const t = signInThrottle;
  const windowStart = new Date(+now - rule.windowMs);
  // Still locked: count on, keep the lock. A lapsed lock or window starts afresh at 1.
  const lockActive: SQL = sql`(${t.lockedUntil} is not null and ${t.lockedUntil} > ${at(now)})`;
  const fresh: SQL = sql`((${t.lockedUntil} is not null and ${t.lockedUntil} <= ${at(now)}) or ${t.windowStartedAt} <= ${at(windowStart)})`;
  const nextLock: SQL = rule.lockMs
    ? sql`case when ${lockActive} then ${t.lockedUntil}
               when ${fresh} then ${rule.max <= 1 ? at(new Date(+now + rule.lockMs)) : sql`null`}
               when ${t.attempts} + 1 >= ${rule.max} then ${at(new Date(+now + rule.lockMs))}
               else null end`
    : sql`null`;
  const [row] = await executor
    .insert(t)
    .values({
      key,
      attempts: 1,
      windowStartedAt: now,
      lockedUntil: rule.lockMs && rule.max <= 1 ? new Date(+now + rule.lockMs) : null,
    })
    .onConflictDoUpdate({
      target: t.key,
      set: {
        attempts: sql`case when ${lockActive} then ${t.attempts} + 1 when ${fresh} then 1 else ${t.attempts} + 1 end`,
        windowStartedAt: sql`case when ${lockActive} then ${t.windowStartedAt} when ${fresh} then ${at(now)} else ${t.windowStartedAt} end`,
        lockedUntil: nextLock,
      },
    })
    .returning({ attempts: t.attempts, windowStartedAt: t.windowStartedAt, lockedUntil: t.lockedUntil });
  return row;
}

/** Forgets a key's count (a successful sign-in resets its account-and-client key). */
export async function resetAttempts(key: string, executor: Executor = db): Promise<void> {
  await executor.delete(signInThrottle).where(eq(signInThrottle.key, key));
}

/** Drops counters that no longer matter: window over a day old and no lock still running. */
export async function pruneThrottle(now: Date, executor: Executor = db): Promise<void> {
  const dayAgo = new Date(+now - 24 * 60 * 60_000);
  await executor
    .delete(signInThrottle)
    .where(
      and(
        lt(signInThrottle.windowStartedAt, dayAgo),
        or(isNull(signInThrottle.lockedUntil), and(isNotNull(signInThrottle.lockedUntil), lte(signInThrottle.lockedUntil, now))),
      ),
    );
}
