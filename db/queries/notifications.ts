// Reading one's own notifications: the bell's unread count, the notifications page, the choices.
import "server-only";
import { and, count, desc, eq, inArray, isNull, lt } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { leads, notificationPreferences, notifications, taskGroups, tasks, users } from "@/db/schema";
import type { NotificationDelivery, NotificationKind } from "@/lib/domain/enums";
import { defaultDelivery } from "@/lib/notifications/kinds";

/** The bell: how many of this user's notifications are unread (read from the partial index alone). */
export async function unreadNotificationCount(userId: number, executor: Executor = db): Promise<number> {
  const [row] = await executor
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

const pageSize = 30;

/** The notifications page: newest first, a page at a time (before: the last id of the page above). */
export async function notificationList(userId: number, { before, unreadOnly }: { before?: number; unreadOnly?: boolean } = {}) {
  const rows = await db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      taskId: notifications.taskId,
      leadId: notifications.leadId,
      leadName: leads.name,
      actorName: users.name,
      params: notifications.params,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
    })
    .from(notifications)
    .leftJoin(users, eq(users.id, notifications.actorId))
    .leftJoin(leads, eq(leads.id, notifications.leadId))
    .where(
      and(
        eq(notifications.userId, userId),
        before ? lt(notifications.id, before) : undefined,
        unreadOnly ? isNull(notifications.readAt) : undefined,
      ),
    )
    .orderBy(desc(notifications.id))
    .limit(pageSize + 1);
  return {
    rows: rows.slice(0, pageSize).map(({ params, ...row }) => ({ ...row, params: parseParams(params) })),
    nextBefore: rows.length > pageSize ? rows[pageSize - 1].id : null,
  };
}
export type NotificationRow = Awaited<ReturnType<typeof notificationList>>["rows"][number];

function parseParams(params: string | null): Record<string, string | number | null> {
  if (!params) return {};
  try {
    return JSON.parse(params) as Record<string, string | number | null>;
  } catch {
    return {};
  }
}

/** Where this user wants each kind: their choice, or the kind's default. */
export async function notificationDeliveries(userId: number, executor: Executor = db): Promise<Record<NotificationKind, NotificationDelivery>> {
  const chosen = await executor
    .select({ kind: notificationPreferences.kind, delivery: notificationPreferences.delivery })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, userId));
  const deliveries = { ...defaultDelivery };
  for (const { kind, delivery } of chosen) deliveries[kind] = delivery;
  return deliveries;
}

/**
 * One notification of this user, with what its target needs: the lead it or its task is about and,
 * for a 月报 reminder, which of the user's task groups it names. Another user's notification: null.
 */
export async function notificationToOpen(user: { id: number; groupIds: number[] }, id: number) {
  const [row] = await db
    .select({ id: notifications.id, kind: notifications.kind, leadId: notifications.leadId, taskId: notifications.taskId, taskLeadId: tasks.leadId, params: notifications.params })
    .from(notifications)
    .leftJoin(tasks, eq(tasks.id, notifications.taskId))
    .where(and(eq(notifications.id, id), eq(notifications.userId, user.id)));
  if (!row) return null;
  const params = parseParams(row.params);
  let reportGroupId: number | null = null;
  if (row.kind === "report_due" && user.groupIds.length) {
    const [group] = await db
      .select({ id: taskGroups.id })
      .from(taskGroups)
      .where(and(inArray(taskGroups.id, user.groupIds), eq(taskGroups.name, String(params.taskGroupName ?? ""))));
    reportGroupId = group?.id ?? user.groupIds[0];
  }
  return {
    id: row.id,
    kind: row.kind,
    taskId: row.taskId,
    leadId: row.leadId ?? row.taskLeadId,
    reportGroupId,
    reportMonth: typeof params.month === "string" ? params.month : null,
  };
}
