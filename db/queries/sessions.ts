import "server-only";
import { and, desc, eq, gt } from "drizzle-orm";
import { db } from "@/db/client";
import { sessions } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { sessionMaxAgeSeconds } from "@/lib/auth/config";
import { managesSessionsOf } from "@/lib/auth/policy";

export type SessionRow = {
  id: string;
  ip: string | null;
  userAgent: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  /** The session this request came with. */
  current: boolean;
};

/** A user's signed-in devices, most recently seen first; only the user themself and the admin see them. */
export async function listSessions(viewer: CurrentUser, userId: number, now = new Date()): Promise<SessionRow[]> {
  if (!managesSessionsOf(viewer, userId)) return [];
  const rows = await db
    .select({ id: sessions.id, ip: sessions.ip, userAgent: sessions.userAgent, createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), gt(sessions.lastSeenAt, new Date(+now - sessionMaxAgeSeconds * 1000))))
    .orderBy(desc(sessions.lastSeenAt));
  return rows.map((row) => ({ ...row, current: row.id === viewer.sessionId }));
}
