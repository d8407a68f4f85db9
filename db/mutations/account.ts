// What a user does to their own account: change the password (all sessions end, this one too: the
// user signs in again with the new password) and end a signed-in device.
import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { Executor } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { FieldError, NotFoundError } from "@/lib/actions/errors";
import type { CurrentUser } from "@/lib/auth/current-user";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-rules";
import { managesSessionsOf } from "@/lib/auth/policy";
import type { ClientInfo } from "@/lib/server/client";
import type { changePasswordSchema } from "@/lib/validation/account";
import { recordAccess } from "./access-log";
import { endAllSessions, endSession } from "./sessions";

export async function changeOwnPassword(
  tx: Executor,
  user: Pick<CurrentUser, "id">,
  input: z.output<typeof changePasswordSchema>,
  client: ClientInfo | null,
): Promise<{ sessionsEnded: number }> {
  const [account] = await tx
    .select({ username: users.username, name: users.name, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, user.id))
    .limit(1);
  if (!account) throw new NotFoundError();
  if (!(await verifyPassword(input.currentPassword, account.passwordHash))) {
    throw new FieldError("currentPassword", "account.currentPasswordWrong");
  }
  if (input.newPassword === input.currentPassword) throw new FieldError("newPassword", "account.passwordUnchanged");
  const problem = passwordProblem(input.newPassword, account);
  if (problem) throw new FieldError("newPassword", problem);
  await tx
    .update(users)
    .set({ passwordHash: await hashPassword(input.newPassword), mustChangePassword: false, updatedAt: new Date() })
    .where(eq(users.id, user.id));
  const sessionsEnded = await endAllSessions(tx, user.id);
  await recordAccess(
    { action: "auth.password_changed", userId: user.id, username: account.username, client, entity: "user", entityId: user.id, details: { sessionsEnded } },
    tx,
  );
  return { sessionsEnded };
}

/** Ends one session: the user's own, or anyone's for the account manager. Others' ids are "not found". */
export async function endSessionAs(
  tx: Executor,
  viewer: Pick<CurrentUser, "id" | "role">,
  sessionId: string,
  client: ClientInfo | null,
): Promise<{ userId: number }> {
  const [row] = await tx.select({ userId: sessions.userId }).from(sessions).where(eq(sessions.id, sessionId)).limit(1);
  if (!row || !managesSessionsOf(viewer, row.userId)) throw new NotFoundError();
  const ended = await endSession(tx, sessionId);
  if (!ended) throw new NotFoundError();
  await recordAccess(
    {
      action: "auth.session_ended",
      userId: viewer.id,
      client,
      entity: "user",
      entityId: ended.userId,
      details: { reason: viewer.id === ended.userId ? "ended_by_user" : "ended_by_admin", ip: ended.ip, userAgent: ended.userAgent },
    },
    tx,
  );
  return { userId: ended.userId };
}
