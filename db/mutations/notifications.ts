// Writing notifications (通知): one call, in the transaction of the change that causes it, so that a
// change rolled back tells nobody. Reading one, or all, marks them read.
import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { notificationPreferences, notifications } from "@/db/schema";
import type { NotificationDelivery, NotificationKind } from "@/lib/domain/enums";
import { defaultDelivery, type NotificationParams } from "@/lib/notifications/kinds";

export type NotificationInput<K extends NotificationKind = NotificationKind> = {
  /** Who is told. */
  userId: number;
  kind: K;
  /** Who caused it (nobody is told of their own doing); null for the scheduler's reminders. */
  actorId?: number | null;
  taskId?: number | null;
  leadId?: number | null;
  /** The words the notification shows (a task's title, a lead's name, a date…), as they were at the time. */
  params: NotificationParams[K];
  /** Set by the scheduler: a reminder with a key already written is not written again. */
  dedupeKey?: string | null;
};

/** Tells one user, unless they caused it. Returns whether a notification was written. */
export async function notify<K extends NotificationKind>(tx: Executor, input: NotificationInput<K>, now = new Date()): Promise<boolean> {
  if (input.actorId != null && input.actorId === input.userId) return false;
  const written = await tx
    .insert(notifications)
    .values({
      userId: input.userId,
      kind: input.kind,
      actorId: input.actorId ?? null,
      taskId: input.taskId ?? null,
      leadId: input.leadId ?? null,
      params: JSON.stringify(input.params),
      dedupeKey: input.dedupeKey ?? null,
      createdAt: now,
    })
    .onConflictDoNothing()
    .returning({ id: notifications.id });
  return written.length > 0;
}

/** Marks the given notifications of this user read (others' ids are ignored). */
export async function markNotificationsRead(tx: Executor, userId: number, ids: number[] | "all", now = new Date()) {
  const unread = and(eq(notifications.userId, userId), isNull(notifications.readAt));
  const where = ids === "all" ? unread : and(unread, inArray(notifications.id, ids.length ? ids : [-1]));
  const read = await tx.update(notifications).set({ readAt: now }).where(where).returning({ id: notifications.id });
  return read.length;
}

/** A user's choice for each kind (the kinds not listed keep their default). */
export async function setNotificationPreferences(tx: Executor, userId: number, choices: Partial<Record<NotificationKind, NotificationDelivery>>) {
  for (const [kind, delivery] of Object.entries(choices) as [NotificationKind, NotificationDelivery][]) {
    if (delivery === defaultDelivery[kind]) {
      await tx.delete(notificationPreferences).where(and(eq(notificationPreferences.userId, userId), eq(notificationPreferences.kind, kind)));
    } else {
      await tx
        .insert(notificationPreferences)
        .values({ userId, kind, delivery })
        .onConflictDoUpdate({ target: [notificationPreferences.userId, notificationPreferences.kind], set: { delivery } });
    }
  }
}
