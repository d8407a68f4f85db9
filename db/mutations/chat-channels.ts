// The admin's group-chat channels (外发通知): add, edit, enable or disable, resume after a pause,
// delete, and 发送测试消息 (queued like any message, then delivered at once, after the commit). A
// channel's secret is written, never read back to the browser; the audit rows redact it.
import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { chatChannels, chatMessages, taskGroups } from "@/db/schema";
import { FieldError, NotFoundError } from "@/lib/actions/errors";
import { actionDefinition, auditedChange } from "@/lib/actions/run-action";
import type { CurrentUser } from "@/lib/auth/current-user";
import { managesSettings } from "@/lib/auth/policy";
import { deliverMessage } from "@/lib/jobs/delivery";
import {
  chatChannelActiveSchema,
  chatChannelCreateSchema,
  chatChannelRefSchema,
  chatChannelTestSchema,
  chatChannelUpdateSchema,
  type ChatChannelCreateInput,
  type ChatChannelUpdateInput,
} from "@/lib/validation/chat-channel";
import { queueChatMessage } from "./chat-outbox";
import { refuseStale } from "./guard";

const entity = "chat_channel";
const revalidate = [{ path: "/admin/channels", type: "layout" as const }];

/** Only 钉钉 and 飞书 sign their requests; a 企业微信 channel keeps no secret. */
const signs = (kind: string) => kind === "dingtalk" || kind === "feishu";

async function target(tx: Executor, input: { audience: "group" | "leadership"; taskGroupId: number | null }) {
  if (input.audience === "leadership") return null;
  const [group] = await tx.select({ id: taskGroups.id }).from(taskGroups).where(eq(taskGroups.id, input.taskGroupId!)).limit(1);
  if (!group) throw new FieldError("taskGroupId", "channels.groupRequired");
  return group.id;
}

/** What the audit row says of a channel: never its secret, nor its webhook's token. */
const described = (input: { name: string; kind: string; audience: string; taskGroupId: number | null; webhookUrl: string }) => ({
  name: input.name,
  kind: input.kind,
  audience: input.audience,
  taskGroupId: input.taskGroupId,
  webhookHost: new URL(input.webhookUrl).host,
});

export async function createChatChannel(tx: Executor, user: CurrentUser, input: ChatChannelCreateInput) {
  const taskGroupId = await target(tx, input);
  const [row] = await tx
    .insert(chatChannels)
    .values({
      name: input.name,
      kind: input.kind,
      webhookUrl: input.webhookUrl,
      secret: signs(input.kind) ? input.secret : null,
      audience: input.audience,
      taskGroupId,
      createdById: user.id,
    })
    .returning({ id: chatChannels.id, name: chatChannels.name });
  return row!;
}

async function lockedChannel(tx: Executor, channelId: number, version: number) {
  const [current] = await tx
    .select({ id: chatChannels.id, version: chatChannels.version, secret: chatChannels.secret, name: chatChannels.name })
    .from(chatChannels)
    .where(eq(chatChannels.id, channelId))
    .limit(1);
  if (!current) throw new NotFoundError();
  if (current.version !== version) await refuseStale(tx, entity, channelId, current.version);
  return current;
}

/** Saves a changed channel at the version it was opened at (the same conditional UPDATE as every edit). */
async function saveChannel(tx: Executor, channelId: number, version: number, changes: Partial<typeof chatChannels.$inferInsert>) {
  const [row] = await tx
    .update(chatChannels)
    .set({ ...changes, updatedAt: new Date(), version: sql`${chatChannels.version} + 1` })
    .where(and(eq(chatChannels.id, channelId), eq(chatChannels.version, version)))
    .returning({ id: chatChannels.id, name: chatChannels.name, version: chatChannels.version, isActive: chatChannels.isActive });
  if (!row) await refuseStale(tx, entity, channelId, version + 1);
  return row!;
}

export async function updateChatChannel(tx: Executor, _user: CurrentUser, input: ChatChannelUpdateInput) {
  const current = await lockedChannel(tx, input.id, input.version);
  const taskGroupId = await target(tx, input);
  const secret = !signs(input.kind) || input.clearSecret ? null : (input.secret ?? current.secret);
  return saveChannel(tx, input.id, input.version, {
    name: input.name,
    kind: input.kind,
    webhookUrl: input.webhookUrl,
    secret,
    audience: input.audience,
    taskGroupId,
  });
}

export const createChatChannelDefinition = auditedChange({
  name: "chat_channel.create",
  schema: chatChannelCreateSchema,
  rule: managesSettings,
  entity,
  change: createChatChannel,
  details: (_row, input) => ({ ...described(input), secretSet: Boolean(input.secret) }),
  revalidate,
});

export const updateChatChannelDefinition = auditedChange({
  name: "chat_channel.update",
  schema: chatChannelUpdateSchema,
  rule: managesSettings,
  entity,
  change: updateChatChannel,
  details: (_row, input) => ({ ...described(input), secretChanged: Boolean(input.secret) || input.clearSecret }),
  revalidate,
});

export const setChatChannelActiveDefinition = auditedChange({
  name: "chat_channel.set_active",
  schema: chatChannelActiveSchema,
  rule: managesSettings,
  entity,
  async change(tx, _user, input) {
    await lockedChannel(tx, input.id, input.version);
    return saveChannel(tx, input.id, input.version, { isActive: input.isActive });
  },
  details: (_row, input) => ({ isActive: input.isActive }),
  revalidate,
});

/** Resumes a paused channel: its failure count starts again, and the messages it kept go out. */
export const resumeChatChannelDefinition = auditedChange({
  name: "chat_channel.resume",
  schema: chatChannelRefSchema,
  rule: managesSettings,
  entity,
  async change(tx, _user, input) {
    await lockedChannel(tx, input.id, input.version);
    return saveChannel(tx, input.id, input.version, { pausedAt: null, pausedReason: null, consecutiveFailures: 0 });
  },
  details: () => ({ resumed: true }),
  revalidate,
});

/** Deletes a channel with its outbox and delivery log. */
export const deleteChatChannelDefinition = actionDefinition({
  name: "chat_channel.delete",
  schema: chatChannelRefSchema,
  rule: managesSettings,
  async run({ input, tx, audit }) {
    const current = await lockedChannel(tx, input.id, input.version);
    await tx.delete(chatChannels).where(and(eq(chatChannels.id, input.id), eq(chatChannels.version, input.version)));
    await audit({ entity, entityId: input.id, details: { name: current.name } });
    return { id: input.id };
  },
  revalidate,
});

/** 发送测试消息: queued for this one channel (whatever its state), then one delivery attempt at once. */
export const sendTestChatMessageDefinition = actionDefinition({
  name: "chat_channel.send_test",
  schema: chatChannelTestSchema,
  rule: managesSettings,
  async run({ input, user, tx, audit }) {
    const [channel] = await tx.select({ id: chatChannels.id, name: chatChannels.name }).from(chatChannels).where(eq(chatChannels.id, input.id)).limit(1);
    if (!channel) throw new NotFoundError();
    const key = `test:${randomUUID()}`;
    await queueChatMessage(tx, {
      kind: "test",
      taskGroupId: null,
      leadership: false,
      channelId: channel.id,
      title: `测试消息 · ${channel.name}`,
      body: `这是一条来自招商引资项目管理平台的测试消息，由 ${user.name} 发送。收到即表示此群机器人已接通。`,
      dedupeKey: key,
    });
    const [message] = await tx.select({ id: chatMessages.id }).from(chatMessages).where(eq(chatMessages.dedupeKey, `${key}:${channel.id}`)).limit(1);
    await audit({ entity, entityId: channel.id, details: { messageId: message!.id } });
    return { messageId: message!.id, status: "pending" as "pending" | "sent" | "retry" | "failed" | "skipped", httpStatus: null as number | null, error: null as string | null };
  },
  async afterCommit(queued) {
    const outcome = await deliverMessage(queued.messageId, { anyState: true });
    return { ...queued, status: outcome.status, httpStatus: outcome.httpStatus, error: outcome.error };
  },
  revalidate,
});
