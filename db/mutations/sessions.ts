// Server-side sessions: one row per signed-in device. The row's id travels inside the (encrypted)
// session token; every request requires the row (db/queries/users.ts loadSessionUser), so deleting
// it ends that device's session at once, whatever copies of the cookie exist.
import { randomBytes } from "node:crypto";
import { and, eq, lt } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { sessions } from "@/db/schema";
import type { ClientInfo } from "@/lib/server/client";

/** How often a session's "last seen" is written at most. */
export const lastSeenEveryMs = 60_000;

export async function createSession(
  executor: Executor,
  { userId, client, now = new Date(), maxAgeMs }: { userId: number; client: ClientInfo; now?: Date; maxAgeMs: number },
): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  // The user's sessions that outlived the token's lifetime are gone for good: forget them.
  await executor.delete(sessions).where(and(eq(sessions.userId, userId), lt(sessions.lastSeenAt, new Date(+now - maxAgeMs))));
  await executor.insert(sessions).values({
    id,
    userId,
    ip: client.ip,
    userAgent: client.userAgent,
    createdAt: now,
    lastSeenAt: now,
  });
  return id;
}

export type EndedSession = { id: string; userId: number; ip: string | null; userAgent: string | null };

/** Ends one session; returns it, or null when it was already gone. */
export async function endSession(executor: Executor, sessionId: string): Promise<EndedSession | null> {
  const [ended] = await executor
    .delete(sessions)
    .where(eq(sessions.id, sessionId))
    .returning({ id: sessions.id, userId: sessions.userId, ip: sessions.ip, userAgent: sessions.userAgent });
  return ended ?? null;
}

/** Ends every session of a user (password changed or reset, deactivated, role changed); returns how many. */
export async function endAllSessions(executor: Executor, userId: number): Promise<number> {
  const ended = await executor.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id });
  return ended.length;
}

/** Writes "last seen" when the stored value is older than a minute (callers check first, this re-checks). */
export async function touchSession(sessionId: string, now = new Date(), executor: Executor = db): Promise<void> {
  await executor
    .update(sessions)
    .set({ lastSeenAt: now })
    .where(and(eq(sessions.id, sessionId), lt(sessions.lastSeenAt, new Date(+now - lastSeenEveryMs))));
}
