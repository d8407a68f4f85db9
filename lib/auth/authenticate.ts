// Checks a user name and password against the database, with a lock after repeated failures.
// The counters live in the users row, so they hold across several app servers.
import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import type { Role } from "@/db/schema/enums";
import { decoyPasswordHash, verifyPassword } from "./password";

export const maxFailedLogins = 5;
export const lockMinutes = 15;

export type AuthenticationResult =
  | { ok: true; user: { id: number; name: string; role: Role } }
  | { ok: false; reason: "invalid" | "inactive" }
  | { ok: false; reason: "locked"; minutesLeft: number };

export async function authenticate(
  username: string,
  password: string,
  now = new Date(),
): Promise<AuthenticationResult> {
  const [user] = await db
    .select({
      id: users.id,
      name: users.name,
      role: users.role,
      passwordHash: users.passwordHash,
      isActive: users.isActive,
      lockedUntil: users.lockedUntil,
    })
    .from(users)
    .where(eq(users.username, username.trim()))
    .limit(1);

  if (!user) {
    await verifyPassword(password, decoyPasswordHash);
    return { ok: false, reason: "invalid" };
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    return { ok: false, reason: "locked", minutesLeft: Math.ceil((+user.lockedUntil - +now) / 60_000) };
  }
  if (!(await verifyPassword(password, user.passwordHash))) {
    const [after] = await db
      .update(users)
      .set({ failedLogins: sql`${users.failedLogins} + 1` })
      .where(eq(users.id, user.id))
      .returning({ failedLogins: users.failedLogins });
    if (after && after.failedLogins >= maxFailedLogins) {
      await db
        .update(users)
        .set({ failedLogins: 0, lockedUntil: new Date(+now + lockMinutes * 60_000) })
        .where(eq(users.id, user.id));
      return { ok: false, reason: "locked", minutesLeft: lockMinutes };
    }
    return { ok: false, reason: "invalid" };
  }
  if (!user.isActive) return { ok: false, reason: "inactive" };

  await db
    .update(users)
    .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: now })
    .where(eq(users.id, user.id));
  return { ok: true, user: { id: user.id, name: user.name, role: user.role } };
}
