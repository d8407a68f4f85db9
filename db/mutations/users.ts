// Accounts and their task-group memberships. Callers are admin-only actions (checked by the wrapper).
// A password the admin sets must be changed by its user at the next sign-in; a reset, a deactivation
// or a change of role ends all of the user's sessions at once (and says so in the access audit).
import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { taskGroupMembers, users } from "@/db/schema";
import { FieldError, NotFoundError } from "@/lib/actions/errors";
import { hashPassword } from "@/lib/auth/password";
import type { ClientInfo } from "@/lib/server/client";
import { recordAccess } from "./access-log";
import { endAllSessions } from "./sessions";
import type { passwordResetSchema, userCreateSchema, userUpdateSchema } from "@/lib/validation/user";
import type { z } from "zod";
import { refuseStale } from "./guard";
import { isCityLeader, servesALeader } from "@/lib/auth/policy";

type Memberships = { taskGroupId: number; role: "lead" | "member" }[];

/** Who did it, from where: for the access audit. */
export type AccessContext = { actorId: number; client: ClientInfo | null };

/** Ends every session of a user for `reason`, recording it when there was any. */
export async function endSessionsOf(tx: Executor, userId: number, reason: string, access?: AccessContext): Promise<number> {
  const ended = await endAllSessions(tx, userId);
  if (ended > 0) {
    await recordAccess(
      { action: "auth.session_ended", userId: access?.actorId ?? null, client: access?.client, entity: "user", entityId: userId, details: { reason, sessions: ended } },
      tx,
    );
  }
  return ended;
}

async function replaceMemberships(tx: Executor, userId: number, role: string, memberships: Memberships) {
  await tx.delete(taskGroupMembers).where(eq(taskGroupMembers.userId, userId));
  // Only task-group staff belong to groups; leaders head them through taskGroups.leaderId.
  const kept = role === "group_lead" || role === "member" ? memberships : [];
  if (kept.length) {
    await tx.insert(taskGroupMembers).values(
      kept.map((m) => ({ userId, taskGroupId: m.taskGroupId, role: role === "member" ? ("member" as const) : m.role })),
    );
  }
}

/**
 * The city leader a secretary works for: only a secretary has one, and it must be an active city
 * leader (the form offers only those; a crafted request or a leader deactivated meanwhile is refused).
 */
async function servedLeader(tx: Executor, role: z.output<typeof userCreateSchema>["role"], leaderId: number | null, selfId?: number): Promise<number | null> {
  if (leaderId === null) return null;
  if (!servesALeader({ role })) throw new FieldError("servesLeaderId", "admin.servesLeaderSecretaryOnly");
  const [leader] = await tx.select({ id: users.id, role: users.role, isActive: users.isActive }).from(users).where(eq(users.id, leaderId)).limit(1);
  if (!leader || leader.id === selfId || !leader.isActive || !isCityLeader(leader)) throw new FieldError("servesLeaderId", "admin.servesLeaderNotLeader");
  return leader.id;
}

/**
 * A new account. A password the admin sets must be changed at the first sign-in; one the person
 * chose themselves (`npm run user:create`, held to the full rules there) need not.
 */
export async function createUser(tx: Executor, input: z.output<typeof userCreateSchema>, { passwordChosenByUser = false } = {}) {
  const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.username, input.username)).limit(1);
  if (taken) throw new FieldError("username", "admin.usernameTaken");
  const servesLeaderId = await servedLeader(tx, input.role, input.servesLeaderId);
  const [user] = await tx
    .insert(users)
    .values({
      username: input.username,
      passwordHash: await hashPassword(input.password),
      name: input.name,
      title: input.title,
      role: input.role,
      isPrincipal: input.role === "leader" && input.isPrincipal,
      phone: input.phone,
      districtId: input.districtId,
      servesLeaderId,
      mustChangePassword: !passwordChosenByUser,
    })
    .returning({ id: users.id, name: users.name });
  await replaceMemberships(tx, user.id, input.role, input.memberships);
  return user;
}

export async function updateUser(tx: Executor, actorId: number, input: z.output<typeof userUpdateSchema>, client: ClientInfo | null = null) {
  const [current] = await tx
    .select({ id: users.id, version: users.version, role: users.role, isActive: users.isActive })
    .from(users)
    .where(eq(users.id, input.id))
    .limit(1);
  if (!current) throw new NotFoundError();
  if (input.id === actorId && (input.role !== "admin" || !input.isActive)) throw new FieldError("role", "admin.cannotDemoteSelf");
  const servesLeaderId = await servedLeader(tx, input.role, input.servesLeaderId, input.id);
  const [updated] = await tx
    .update(users)
    .set({
      name: input.name,
      title: input.title,
      role: input.role,
      isPrincipal: input.role === "leader" && input.isPrincipal,
      phone: input.phone,
      districtId: input.districtId,
      servesLeaderId,
      isActive: input.isActive,
      updatedAt: new Date(),
      version: sql`${users.version} + 1`,
    })
    .where(and(eq(users.id, input.id), eq(users.version, input.version)))
    .returning({ id: users.id, name: users.name, version: users.version });
  if (!updated) return refuseStale(tx, "user", input.id, current.version);
  await replaceMemberships(tx, input.id, input.role, input.memberships);
  if (current.isActive && !input.isActive) await endSessionsOf(tx, input.id, "deactivated", { actorId, client });
  else if (current.role !== input.role) await endSessionsOf(tx, input.id, "role_changed", { actorId, client });
  return { ...updated, before: { role: current.role, isActive: current.isActive } };
}

/** The admin sets a new password: its user must change it at the next sign-in, and every session ends. */
export async function resetPassword(tx: Executor, input: z.output<typeof passwordResetSchema>, access?: AccessContext) {
  const [updated] = await tx
    .update(users)
    .set({ passwordHash: await hashPassword(input.password), mustChangePassword: true, updatedAt: new Date() })
    .where(eq(users.id, input.id))
    .returning({ id: users.id, name: users.name });
  if (!updated) throw new NotFoundError();
  const ended = await endAllSessions(tx, updated.id);
  await recordAccess(
    { action: "auth.password_reset", userId: access?.actorId ?? null, client: access?.client, entity: "user", entityId: updated.id, details: { sessionsEnded: ended } },
    tx,
  );
  return updated;
}
