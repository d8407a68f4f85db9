// Reading one's own notifications: the bell's unread count, the notifications page, the choices.
import "server-only";
import { and, count, desc, eq, isNull, lt } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { leads, notificationPreferences, notifications, users } from "@/db/schema";
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
