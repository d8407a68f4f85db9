import "server-only";
import { and, asc, count, eq, inArray, or, type SQL } from "drizzle-orm";
import { containsText } from "@/db/sql-fragments";
import { db, type Executor } from "@/db/client";
import { sessions, tableAlias, taskGroupMembers, taskGroups, users } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { ListParams } from "@/lib/list-params";
import { listPage, orderByFrom } from "./list-page";
import { managesAccounts } from "@/lib/auth/policy";

/** Who an account is: what the signed-in user and the accounts list both show. */
const accountColumns = {
  id: users.id,
  username: users.username,
  name: users.name,
  title: users.title,
  role: users.role,
  isActive: users.isActive,
};
const currentUserColumns = { ...accountColumns, mustChangePassword: users.mustChangePassword };

async function withMemberships(
  user: { id: number; username: string; name: string; title: string | null; role: CurrentUser["role"]; mustChangePassword: boolean },
  executor: Executor,
): Promise<CurrentUser> {
  const memberships = await executor
    .select({ taskGroupId: taskGroupMembers.taskGroupId, role: taskGroupMembers.role })
    .from(taskGroupMembers)
    .where(eq(taskGroupMembers.userId, user.id));
  return {
    id: user.id,
    username: user.username,
    name: user.name,
    title: user.title,
    role: user.role,
    groupIds: memberships.map((m) => m.taskGroupId),
    leadGroupIds: memberships.filter((m) => m.role === "lead").map((m) => m.taskGroupId),
    mustChangePassword: user.mustChangePassword,
  };
}

/** The user as every check needs it, for scripts and tests acting directly; null when gone or deactivated. */
export async function loadCurrentUser(userId: number, executor: Executor = db): Promise<CurrentUser | null> {
  const [user] = await executor.select(currentUserColumns).from(users).where(eq(users.id, userId)).limit(1);
  if (!user || !user.isActive) return null;
  return withMemberships(user, executor);
}

/**
 * The signed-in user of a request: the account must be active AND the session row must still exist
 * (one query, a join), so a session ended by sign-out, a password change or the admin is out at once.
 * Also returns when the session was last seen, for the caller to refresh it now and then.
 */
export async function loadSessionUser(
  userId: number,
  sessionId: string,
  executor: Executor = db,
): Promise<{ user: CurrentUser; lastSeenAt: Date } | null> {
  const [row] = await executor
    .select({ ...currentUserColumns, lastSeenAt: sessions.lastSeenAt })
    .from(users)
    .innerJoin(sessions, and(eq(sessions.userId, users.id), eq(sessions.id, sessionId)))
    .where(eq(users.id, userId))
    .limit(1);
  if (!row || !row.isActive) return null;
  const user = await withMemberships(row, executor);
  return { user: { ...user, sessionId }, lastSeenAt: row.lastSeenAt };
}

export const userSortable = {
  username: users.username,
  name: users.name,
  role: users.role,
  lastLoginAt: users.lastLoginAt,
} as const;

/** Admin list of users with their task groups. Only admins reach it (checked by the caller's page guard and here). */
export async function listUsers(viewer: CurrentUser, params: ListParams<keyof typeof userSortable>) {
  if (!managesAccounts(viewer)) return { rows: [], total: 0 };
  const filters: SQL[] = [];
  if (params.q) filters.push(or(containsText(users.name, params.q), containsText(users.username, params.q))!);
  const where = filters.length ? and(...filters) : undefined;
  const servedLeader = tableAlias(users, "served_leader");
  const { rows, total } = await listPage(
    params,
    db
      .select({ ...accountColumns, lastLoginAt: users.lastLoginAt, servesLeaderName: servedLeader.name })
      .from(users)
      .leftJoin(servedLeader, eq(servedLeader.id, users.servesLeaderId))
      .where(where),
    orderByFrom(params, userSortable, [asc(users.id)]),
    db.select({ total: count() }).from(users).where(where),
  );
  const ids = rows.map((r) => r.id);
  const groups = ids.length
    ? await db
        .select({ userId: taskGroupMembers.userId, name: taskGroups.name, role: taskGroupMembers.role })
        .from(taskGroupMembers)
        .innerJoin(taskGroups, eq(taskGroups.id, taskGroupMembers.taskGroupId))
        .where(inArray(taskGroupMembers.userId, ids))
        .orderBy(asc(taskGroups.sortOrder))
    : [];
  return {
    rows: rows.map((r) => ({ ...r, groups: groups.filter((g) => g.userId === r.id).map((g) => g.name) })),
    total,
  };
}

/** One account with its memberships, for the admin's edit form. */
export async function getUserForEdit(viewer: CurrentUser, userId: number) {
  if (!managesAccounts(viewer)) return null;
  const [user] = await db
    .select({
      id: users.id,
      username: users.username,
      name: users.name,
      title: users.title,
      role: users.role,
      isPrincipal: users.isPrincipal,
      phone: users.phone,
      districtId: users.districtId,
      servesLeaderId: users.servesLeaderId,
      isActive: users.isActive,
      version: users.version,
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!user) return null;
  const memberships = await db
    .select({ taskGroupId: taskGroupMembers.taskGroupId, role: taskGroupMembers.role })
    .from(taskGroupMembers)
    .where(eq(taskGroupMembers.userId, userId));
  return { ...user, memberships };
}

/** Task groups as choices for forms. */
export async function taskGroupOptions() {
  return db.select({ id: taskGroups.id, name: taskGroups.name }).from(taskGroups).orderBy(asc(taskGroups.sortOrder), asc(taskGroups.id));
}

