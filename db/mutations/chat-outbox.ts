// Queuing messages for the group chats (外发通知): written to the outbox in the transaction of what
// caused them, delivered afterwards by the scheduler's delivery job (lib/jobs), so that a change
// rolled back posts nothing and a robot that is down loses nothing.
import "server-only";
import { and, eq, isNull, or, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { chatChannels, chatMessages } from "@/db/schema";
import type { ChatMessageKind } from "@/lib/domain/enums";

export type ChatMessageInput = {
  kind: ChatMessageKind;
  /** The channels of this task group (null: none). */
  taskGroupId: number | null;
  /** Also the leadership's channels. */
  leadership: boolean;
  /** One line: the robot's notification title (钉钉) and the message's heading. */
  title: string;
  /**
   * Robot-neutral markdown (headings "###", **bold**, "- " lists, [text](url) links): each robot's
   * request is built from it. Names, stages and owners only: no lead detail beyond that leaves the system.
   */
  body: string;
  /** Keeps the same message from being queued twice for a channel (the channel's id is appended). */
  dedupeKey?: string;
  /** Only this channel, whatever its audience and state: the admin's 发送测试消息. */
  channelId?: number;
};

/** Queues the message for every active, unpaused channel it is for. Returns how many were queued. */
export async function queueChatMessage(tx: Executor, input: ChatMessageInput, now = new Date()): Promise<number> {
  if (input.channelId != null) return queueFor(tx, [{ id: input.channelId }], input, now);
  const audiences: SQL[] = [];
  if (input.taskGroupId != null) audiences.push(and(eq(chatChannels.audience, "group"), eq(chatChannels.taskGroupId, input.taskGroupId))!);
  if (input.leadership) audiences.push(eq(chatChannels.audience, "leadership"));
  if (!audiences.length) return 0;
  const channels = await tx
    .select({ id: chatChannels.id })
    .from(chatChannels)
    .where(and(eq(chatChannels.isActive, true), isNull(chatChannels.pausedAt), or(...audiences)));
  return queueFor(tx, channels, input, now);
}

async function queueFor(tx: Executor, channels: { id: number }[], input: ChatMessageInput, now: Date): Promise<number> {
  if (!channels.length) return 0;
  const queued = await tx
    .insert(chatMessages)
    .values(
      channels.map((channel) => ({
        channelId: channel.id,
        kind: input.kind,
        title: input.title,
        body: input.body,
        dedupeKey: input.dedupeKey ? `${input.dedupeKey}:${channel.id}` : null,
        status: "pending" as const,
        nextAttemptAt: now,
        createdAt: now,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: chatMessages.id });
  return queued.length;
}
