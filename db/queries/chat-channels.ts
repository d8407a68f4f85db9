// The admin's group-chat channels and their delivery log. Only the admin reads them (the pages call
// requireArea("admin")); the secret never leaves this file: a page learns whether one is set.
import "server-only";
import { asc, count, desc, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { chatChannels, chatDeliveries, chatMessages, taskGroups } from "@/db/schema";

const channelFields = {
  id: chatChannels.id,
  name: chatChannels.name,
  kind: chatChannels.kind,
  webhookUrl: chatChannels.webhookUrl,
  secretSet: sql<boolean>`(${chatChannels.secret} is not null)`.mapWith((v) => v === true || v === 1 || v === "1" || v === "t"),
  audience: chatChannels.audience,
  taskGroupId: chatChannels.taskGroupId,
  taskGroupName: taskGroups.name,
  isActive: chatChannels.isActive,
  consecutiveFailures: chatChannels.consecutiveFailures,
  pausedAt: chatChannels.pausedAt,
  pausedReason: chatChannels.pausedReason,
  version: chatChannels.version,
};

export async function listChatChannels() {
  const [channels, pending] = await Promise.all([
    db.select(channelFields).from(chatChannels).leftJoin(taskGroups, eq(taskGroups.id, chatChannels.taskGroupId)).orderBy(asc(chatChannels.audience), asc(taskGroups.sortOrder), asc(chatChannels.id)),
    db.select({ channelId: chatMessages.channelId, n: count() }).from(chatMessages).where(eq(chatMessages.status, "pending")).groupBy(chatMessages.channelId),
  ]);
  const pendingOf = new Map(pending.map((p) => [p.channelId, Number(p.n)]));
  return channels.map((c) => ({ ...c, pending: pendingOf.get(c.id) ?? 0 }));
}
export type ChatChannelRow = Awaited<ReturnType<typeof listChatChannels>>[number];

export async function getChatChannel(channelId: number) {
  const [row] = await db.select(channelFields).from(chatChannels).leftJoin(taskGroups, eq(taskGroups.id, chatChannels.taskGroupId)).where(eq(chatChannels.id, channelId)).limit(1);
  return row ?? null;
}

/** The channel's last deliveries, newest first, each with its message and which attempt it was. */
export async function chatDeliveryLog(channelId: number, limit = 50) {
  const rows = await db
    .select({
      id: chatDeliveries.id,
      attemptedAt: chatDeliveries.attemptedAt,
      ok: chatDeliveries.ok,
      httpStatus: chatDeliveries.httpStatus,
      error: chatDeliveries.error,
      durationMs: chatDeliveries.durationMs,
      messageKind: chatMessages.kind,
      messageTitle: chatMessages.title,
      messageStatus: chatMessages.status,
      attempt: sql<number>`row_number() over (partition by ${chatDeliveries.messageId} order by ${chatDeliveries.id})`.mapWith(Number),
    })
    .from(chatDeliveries)
    .innerJoin(chatMessages, eq(chatMessages.id, chatDeliveries.messageId))
    .where(eq(chatDeliveries.channelId, channelId))
    .orderBy(desc(chatDeliveries.id))
    .limit(limit);
  return rows;
}
export type ChatDeliveryRow = Awaited<ReturnType<typeof chatDeliveryLog>>[number];
