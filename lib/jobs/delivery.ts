// The outbox's delivery (every minute): each pending message that is due gets one attempt, logged in
// chat_deliveries; a failure waits longer each time (1, 5, 30 minutes, 2 and 6 hours) and then gives
// up; a channel that fails five times in a row is paused and every admin is told. Claiming a
// message is a conditional UPDATE of its attempt count, so that of several servers one sends it.
import "server-only";
import { and, asc, eq, isNull, lte, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { notify } from "@/db/mutations/notifications";
import { chatChannels, chatDeliveries, chatMessages, users } from "@/db/schema";
import { buildChatRequest, readChatResponse } from "@/lib/chat/formats";
import type { ChatChannelKind } from "@/lib/domain/enums";

/** The waits after the 1st, 2nd… failed attempt; after the last the message is given up (failed). */
export const retryDelaysMs = [1, 5, 30, 120, 360].map((minutes) => minutes * 60_000);
export const maxAttempts = retryDelaysMs.length + 1;
/** Failures in a row after which a channel is paused until the admin resumes it. */
export const pauseAfterFailures = 5;
export const deliveryTimeoutMs = 10_000;
/** How long a claimed attempt keeps others off the message (longer than the timeout). */
const claimMs = 60_000;

export type DeliveryOutcome = { messageId: number; status: "sent" | "retry" | "failed" | "skipped"; httpStatus: number | null; error: string | null; attempt: number };

type Sender = (request: { url: string; headers: Record<string, string>; body: string }) => Promise<{ status: number; text: string }>;

const fetchSender: Sender = async ({ url, headers, body }) => {
  const response = await fetch(url, { method: "POST", headers, body, signal: AbortSignal.timeout(deliveryTimeoutMs), redirect: "error" });
  return { status: response.status, text: await response.text() };
};

/**
 * One attempt at one message. `anyState`: the admin's test message goes to its channel even when the
 * channel is disabled or paused (that is how one checks a fixed webhook before resuming it).
 */
export async function deliverMessage(
  messageId: number,
  { now = new Date(), anyState = false, send = fetchSender }: { now?: Date; anyState?: boolean; send?: Sender } = {},
): Promise<DeliveryOutcome> {
  const [row] = await db
    .select({
      status: chatMessages.status,
      messageKind: chatMessages.kind,
      attempts: chatMessages.attempts,
      title: chatMessages.title,
      body: chatMessages.body,
      channelId: chatChannels.id,
      channelName: chatChannels.name,
      kind: chatChannels.kind,
      webhookUrl: chatChannels.webhookUrl,
      secret: chatChannels.secret,
      isActive: chatChannels.isActive,
      pausedAt: chatChannels.pausedAt,
    })
    .from(chatMessages)
    .innerJoin(chatChannels, eq(chatChannels.id, chatMessages.channelId))
    .where(eq(chatMessages.id, messageId))
    .limit(1);
  const skipped = (attempt: number): DeliveryOutcome => ({ messageId, status: "skipped", httpStatus: null, error: null, attempt });
  if (!row || row.status !== "pending") return skipped(row?.attempts ?? 0);
  if (!anyState && (!row.isActive || row.pausedAt)) return skipped(row.attempts);
  const [claimed] = await db.transaction((tx) =>
    tx
      .update(chatMessages)
      .set({ attempts: sql`${chatMessages.attempts} + 1`, nextAttemptAt: new Date(+now + claimMs) })
      // Still pending, still due and still at the attempt read: of several servers (or a server and
      // cron) that read the message as due, one claims it; the claim moves it out of the others' reach.
      .where(and(eq(chatMessages.id, messageId), eq(chatMessages.status, "pending"), lte(chatMessages.nextAttemptAt, now), eq(chatMessages.attempts, row.attempts)))
      .returning({ attempts: chatMessages.attempts }),
  );
  if (!claimed) return skipped(row.attempts);
  const attempt = claimed.attempts;

  const started = Date.now();
  let httpStatus: number | null = null;
  let error: string | null = null;
  try {
    const request = buildChatRequest({ kind: row.kind as ChatChannelKind, webhookUrl: row.webhookUrl, secret: row.secret }, row, now);
    const response = await send(request);
    httpStatus = response.status;
    const verdict = readChatResponse(row.kind as ChatChannelKind, response.status, response.text);
    if (!verdict.ok) error = verdict.error;
  } catch (cause) {
    error = cause instanceof Error ? (cause.name === "TimeoutError" ? `timeout after ${deliveryTimeoutMs / 1000} s` : cause.message) : String(cause);
  }
  const durationMs = Date.now() - started;
  const ok = error === null;
  // The admin's test message is tried once, while they watch: it is not sent again later.
  const status: DeliveryOutcome["status"] = ok ? "sent" : attempt >= maxAttempts || row.messageKind === "test" ? "failed" : "retry";

  await db.transaction(async (tx) => {
    await tx.insert(chatDeliveries).values({ messageId, channelId: row.channelId, attemptedAt: now, ok, httpStatus, error, durationMs });
    await tx
      .update(chatMessages)
      .set(
        ok
          ? { status: "sent", sentAt: now, lastError: null }
          : status === "failed"
            ? { status: "failed", lastError: error }
            : { lastError: error, nextAttemptAt: new Date(+now + retryDelaysMs[attempt - 1]!) },
      )
      .where(eq(chatMessages.id, messageId));
    if (ok) {
      await tx.update(chatChannels).set({ consecutiveFailures: 0 }).where(eq(chatChannels.id, row.channelId));
      return;
    }
    const [channel] = await tx
      .update(chatChannels)
      .set({ consecutiveFailures: sql`${chatChannels.consecutiveFailures} + 1` })
      .where(eq(chatChannels.id, row.channelId))
      .returning({ failures: chatChannels.consecutiveFailures });
    if (!channel || channel.failures < pauseAfterFailures) return;
    // Paused once: of several servers failing at once, the one whose UPDATE finds it unpaused tells the admins.
    const [paused] = await tx
      .update(chatChannels)
      .set({ pausedAt: now, pausedReason: error!.slice(0, 500) })
      .where(and(eq(chatChannels.id, row.channelId), isNull(chatChannels.pausedAt)))
      .returning({ id: chatChannels.id });
    if (!paused) return;
    const admins = await tx.select({ id: users.id }).from(users).where(and(eq(users.role, "admin"), eq(users.isActive, true)));
    for (const admin of admins) {
      await notify(
        tx,
        {
          userId: admin.id,
          kind: "channel_paused",
          params: { channelId: row.channelId, channelName: row.channelName, error: error!.slice(0, 200) },
          dedupeKey: `channel_paused:${row.channelId}:${now.getTime()}:${admin.id}`,
        },
        now,
      );
    }
  });
  return { messageId, status, httpStatus, error, attempt };
}

/** The delivery job: one attempt for each due message of an enabled, unpaused channel, oldest first. */
export async function deliverDueMessages({ now = new Date(), limit = 200, send }: { now?: Date; limit?: number; send?: Sender } = {}) {
  const due = await db
    .select({ id: chatMessages.id })
    .from(chatMessages)
    .innerJoin(chatChannels, eq(chatChannels.id, chatMessages.channelId))
    .where(and(eq(chatMessages.status, "pending"), lte(chatMessages.nextAttemptAt, now), eq(chatChannels.isActive, true), isNull(chatChannels.pausedAt)))
    .orderBy(asc(chatMessages.nextAttemptAt), asc(chatMessages.id))
    .limit(limit);
  const tally = { sent: 0, retry: 0, failed: 0, skipped: 0 };
  for (const { id } of due) tally[(await deliverMessage(id, { now, send })).status] += 1;
  return tally;
}
