// The scheduler's jobs on the database of DATABASE_URL (SQLite and PostgreSQL): the lease (two runners
// at once, in one process and in two, produce each reminder and digest once; a lapsed or failed slot is
// taken over by one), the catch-up at start, the reminders and their dedupe, the 月报 reminder, the
// digest's contents, and the delivery through the local robot receiver (a 500 retried later with both
// attempts logged, a channel paused after five failures with the admins told).
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { and, eq, inArray, like } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, db } from "@/db/client";
import { chatChannels, chatDeliveries, chatMessages, investmentReports, jobRuns, leads, notifications, officeSettings, taskGroupMembers, taskGroups, tasks } from "@/db/schema";
import {
  createChatChannelDefinition,
  deleteChatChannelDefinition,
  resumeChatChannelDefinition,
  sendTestChatMessageDefinition,
  setChatChannelActiveDefinition,
  updateChatChannelDefinition,
} from "@/db/mutations/chat-channels";
import { saveOfficeNamesDefinition } from "@/db/mutations/office";
import { getChatChannel, chatDeliveryLog } from "@/db/queries/chat-channels";
import { catchUp, runJobsOnce } from "@/lib/jobs";
import { deliverDueMessages, deliverMessage, pauseAfterFailures, retryDelaysMs } from "@/lib/jobs/delivery";
import { runDigests } from "@/lib/jobs/digest";
import { reportDueOn, taskReminders } from "@/lib/jobs/reminders";
import { runJob } from "@/lib/jobs/runner";
import type { CurrentUser } from "@/lib/auth/current-user";
import { startChatReceiver, type ChatReceiver } from "@/tests/support/chat-receiver";
import { actionRunner, companyNamed, groupNamed, insertLead, messages, mustSucceed, runSuffix, userNamed } from "./helpers";

const run = runSuffix();
const act = actionRunner(messages);
let admin: CurrentUser;
let zuyuan: CurrentUser;
let zuzhang: CurrentUser;
let zuzhang2: CurrentUser;
let electronics: number;
let receiver: ChatReceiver;
const channelIds: number[] = [];

/** A moment of a day no other test of this run uses (the lease rows are per day), at 09:00 China time. */
let dayCounter = 0;
const base = Date.UTC(2030 + Math.floor(Math.random() * 40), 0, 1);
function freshDay(hour = 9): Date {
  dayCounter += 3;
  return new Date(base + dayCounter * 86_400_000 + (hour - 8) * 3_600_000);
}
const chinaDay = (at: Date) => new Date(+at + 8 * 3_600_000).toISOString().slice(0, 10);
const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

async function addTask(fields: { title: string; ownerId: number; dueOn: string; leadId?: number | null; source?: "manual" | "instruction"; taskGroupId?: number }) {
  const [row] = await db
    .insert(tasks)
    .values({
      title: fields.title,
      ownerId: fields.ownerId,
      dueOn: fields.dueOn,
      source: fields.source ?? "manual",
      leadId: fields.leadId ?? null,
      taskGroupId: fields.taskGroupId ?? electronics,
      createdById: zuzhang.id,
    })
    .returning({ id: tasks.id });
  return row!.id;
}

async function addChannel(path: string, overrides: Record<string, unknown> = {}) {
  const channel = await mustSucceed(
    act(createChatChannelDefinition, admin, { name: `测试群 ${path.split("/")[2]}`, kind: "wecom", webhookUrl: `${receiver.url}${path}`, secret: "", audience: "group", taskGroupId: electronics, ...overrides }),
  );
  channelIds.push(channel.id);
  return channel.id;
}

beforeAll(async () => {
  [admin, zuyuan, zuzhang, zuzhang2] = await Promise.all(["admin", "zuyuan", "zuzhang", "zuzhang2"].map(userNamed));
  electronics = await groupNamed("电子信息产业推进工作组");
  receiver = await startChatReceiver();
});

afterEach(async () => {
  // A test's channels go quiet, so that the next test's delivery sends only its own messages.
  if (channelIds.length) await db.update(chatChannels).set({ isActive: false }).where(inArray(chatChannels.id, channelIds));
});

afterAll(async () => {
  // The task groups this file made go again: other files count the demo city's 17.
  const made = await db.select({ id: taskGroups.id }).from(taskGroups).where(like(taskGroups.name, `%测试组 ${run}`));
  const ids = made.map((g) => g.id);
  if (ids.length) {
    await db.delete(chatChannels).where(inArray(chatChannels.taskGroupId, ids));
    await db.delete(tasks).where(inArray(tasks.taskGroupId, ids));
    await db.delete(leads).where(inArray(leads.taskGroupId, ids));
    await db.delete(taskGroups).where(inArray(taskGroups.id, ids));
  }
  await receiver.close();
  await closeDatabase();
});

describe("the lease", () => {
  it("two runners of one slot at once: one runs, the other skips; a done slot is never run again", async () => {
    const slot = `lease-${run}`;
    let runs = 0;
    const job = async () => {
      runs += 1;
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { ran: true };
    };
    const outcomes = await Promise.all([runJob("test", slot, job), runJob("test", slot, job)]);
    expect(runs).toBe(1);
    expect(outcomes.map((o) => o.status).toSorted()).toEqual(["done", "skipped"]);
    expect(await runJob("test", slot, job)).toMatchObject({ status: "skipped", reason: "already_done" });
    const [row] = await db.select().from(jobRuns).where(and(eq(jobRuns.job, "test"), eq(jobRuns.slot, slot)));
    expect(row).toMatchObject({ status: "done", result: '{"ran":true}' });
  });

  it("a slot whose holder died (lease lapsed) is taken over by exactly one of two; a live lease is left alone", async () => {
    const now = new Date();
    const lapsed = `lapsed-${run}`;
    const live = `live-${run}`;
    await db.insert(jobRuns).values([
      { job: "test", slot: lapsed, status: "running", holder: "dead-server", leaseUntil: new Date(+now - 1000), startedAt: new Date(+now - 600_000) },
      { job: "test", slot: live, status: "running", holder: "busy-server", leaseUntil: new Date(+now + 600_000), startedAt: now },
    ]);
    let runs = 0;
    const job = async () => ({ n: ++runs });
    const outcomes = await Promise.all([runJob("test", lapsed, job, { now }), runJob("test", lapsed, job, { now })]);
    expect(runs).toBe(1);
    expect(outcomes.find((o) => o.status === "done")).toMatchObject({ attempt: 2 });
    expect(outcomes.find((o) => o.status === "skipped")).toMatchObject({ reason: "held_elsewhere" });
    expect(await runJob("test", live, job, { now })).toMatchObject({ status: "skipped", reason: "held_elsewhere" });
    expect(runs).toBe(1);
  });

  it("a failed run is recorded with its error and run again by the next runner", async () => {
    const slot = `failing-${run}`;
    const failed = await runJob("test", slot, async () => {
      throw new Error("robot exploded");
    });
    expect(failed).toMatchObject({ status: "failed", error: "robot exploded" });
    const [row] = await db.select().from(jobRuns).where(and(eq(jobRuns.job, "test"), eq(jobRuns.slot, slot)));
    expect(row).toMatchObject({ status: "failed", error: "robot exploded" });
    expect(await runJob("test", slot, async () => ({ ok: true }))).toMatchObject({ status: "done", attempt: 2 });
  });

  it("two runs of all jobs at once write each reminder and each digest once", async () => {
    const now = freshDay();
    const today = chinaDay(now);
    // A group of its own: far in the future every open task of the demo groups is overdue.
    const [group] = await db.insert(taskGroups).values({ name: `并发测试组 ${run}`, sortOrder: 998 }).returning({ id: taskGroups.id });
    const channelId = await addChannel(`/wecom/lease-${run}`, { taskGroupId: group!.id });
    const title = `并发提醒 ${run}`;
    const taskId = await addTask({ title, ownerId: zuyuan.id, dueOn: addDays(today, -2), taskGroupId: group!.id });
    const [a, b] = await Promise.all([runJobsOnce(now), runJobsOnce(now)]);
    const statuses = [...a, ...b].filter((o) => "slot" in o).map((o) => `${o.job}:${o.status}`).toSorted();
    expect(statuses).toEqual(["digests:done", "digests:skipped", "reminders:done", "reminders:skipped"]);
    const reminders = await db.select().from(notifications).where(and(eq(notifications.taskId, taskId), eq(notifications.kind, "task_overdue")));
    expect(reminders).toHaveLength(1);
    const digests = await db.select().from(chatMessages).where(and(eq(chatMessages.channelId, channelId), eq(chatMessages.kind, "digest")));
    expect(digests).toHaveLength(1);
    expect(receiver.at(`/wecom/lease-${run}`)).toHaveLength(1);
    expect(receiver.at(`/wecom/lease-${run}`)[0]!.text).toContain(title);
  });

  it("two processes of npm run jobs:run-once at once: one runs the reminders, the other skips them", async () => {
    const now = freshDay();
    const taskId = await addTask({ title: `两个进程 ${run}`, ownerId: zuyuan.id, dueOn: addDays(chinaDay(now), 1) });
    const exec = promisify(execFile);
    const once = () =>
      exec("npx", ["tsx", "--conditions=react-server", "scripts/jobs-run-once.ts", "--now", now.toISOString(), "--only", "reminders"], {
        env: { ...process.env },
        timeout: 60_000,
      });
    const outputs = (await Promise.all([once(), once()])).map((o) => o.stdout.trim());
    expect(outputs.filter((o) => /reminders \S+: done/.test(o))).toHaveLength(1);
    expect(outputs.filter((o) => /reminders \S+: skipped/.test(o))).toHaveLength(1);
    const due = await db.select().from(notifications).where(and(eq(notifications.taskId, taskId), eq(notifications.kind, "task_due")));
    expect(due).toHaveLength(1);
  }, 90_000);
});

describe("catch-up at start", () => {
  it("runs today's daily jobs whose hour has passed, once; before 08:00 it runs none", async () => {
    const early = freshDay(7);
    expect(await catchUp(early)).toEqual([]);
    const late = new Date(+early + 3 * 3_600_000);
    const first = await catchUp(late);
    expect(first.map((o) => `${o.job}:${o.status}`)).toEqual(["reminders:done", "digests:done"]);
    const again = await catchUp(late);
    expect(again.map((o) => `${o.job}:${o.status}`)).toEqual(["reminders:skipped", "digests:skipped"]);
  });
});

describe("reminders", () => {
  it("tomorrow's task and the overdue task are told to their owners once; a done task is not", async () => {
    const now = freshDay();
    const today = chinaDay(now);
    const dueTomorrow = await addTask({ title: `明天到期 ${run}`, ownerId: zuyuan.id, dueOn: addDays(today, 1) });
    const overdue = await addTask({ title: `已经逾期 ${run}`, ownerId: zuyuan.id, dueOn: addDays(today, -3) });
    const done = await addTask({ title: `已办完 ${run}`, ownerId: zuyuan.id, dueOn: addDays(today, -3) });
    // Overdue for a month when reminders start (records kept before): red in 我的待办, no reminder now.
    const longOverdue = await addTask({ title: `早已逾期 ${run}`, ownerId: zuyuan.id, dueOn: addDays(today, -30) });
    await db.update(tasks).set({ status: "done" }).where(eq(tasks.id, done));
    await taskReminders(now);
    await taskReminders(now);
    await taskReminders(new Date(+now + 2 * 86_400_000));
    const rows = await db.select().from(notifications).where(inArray(notifications.taskId, [dueTomorrow, overdue, done, longOverdue]));
    const of = (taskId: number) => rows.filter((r) => r.taskId === taskId).map((r) => r.kind).toSorted();
    // Two days on, tomorrow's task is overdue: told once more, as overdue.
    expect(of(dueTomorrow)).toEqual(["task_due", "task_overdue"]);
    expect(of(overdue)).toEqual(["task_overdue"]);
    expect(of(done)).toEqual([]);
    expect(of(longOverdue)).toEqual([]);
    const [reminder] = rows.filter((r) => r.taskId === overdue);
    expect(reminder).toMatchObject({ userId: zuyuan.id, dedupeKey: `task_overdue:${overdue}:${addDays(today, -3)}`, actorId: null });
    expect(JSON.parse(reminder!.params!)).toEqual({ title: `已经逾期 ${run}`, dueOn: addDays(today, -3) });
    // The due date moved: a new overdue reminder for the new date.
    await db.update(tasks).set({ dueOn: addDays(today, -1) }).where(eq(tasks.id, overdue));
    await taskReminders(now);
    expect(await db.select().from(notifications).where(and(eq(notifications.taskId, overdue), eq(notifications.kind, "task_overdue")))).toHaveLength(2);
  });

  it("月报: the group's lead is reminded 3 days before and on the due day while last month's figures are missing, not otherwise", async () => {
    const [office] = await db.select({ version: officeSettings.version, cityName: officeSettings.cityName, agencyName: officeSettings.agencyName }).from(officeSettings);
    await mustSucceed(
      act(saveOfficeNamesDefinition, admin, { cityName: office?.cityName ?? "广安市", agencyName: office?.agencyName ?? "广安市投资促进局", reportDueDay: 10, version: office?.version ?? null }),
    );
    // A group of its own (zuzhang2 leads it) with one signed lead.
    const [group] = await db.insert(taskGroups).values({ name: `月报测试组 ${run}`, sortOrder: 999 }).returning({ id: taskGroups.id });
    await db.insert(taskGroupMembers).values({ taskGroupId: group!.id, userId: zuzhang2.id, role: "lead" });
    const companyId = await companyNamed("天津津重智能装备有限公司");
    const lead = await insertLead(admin, { name: `月报项目 ${run}`, companyId, taskGroupId: group!.id, source: "task_group", ownerId: zuzhang2.id });
    const month = new Date(base + 400 * 86_400_000).toISOString().slice(0, 7);
    await db.update(leads).set({ stage: "signed", signedOn: `${month}-02` }).where(eq(leads.id, lead.id));
    const nextMonth = addDays(`${month}-28`, 10).slice(0, 7);
    const dueOn = reportDueOn(`${nextMonth}-01`, 10);
    expect(dueOn).toBe(`${nextMonth}-10`);
    const at = (iso: string) => new Date(`${iso}T09:00:00+08:00`);
    const { reportReminders } = await import("@/lib/jobs/reminders");
    const mine = () =>
      db.select().from(notifications).where(and(eq(notifications.userId, zuzhang2.id), eq(notifications.kind, "report_due"), like(notifications.dedupeKey, `report_due:${group!.id}:%`)));

    await reportReminders(at(addDays(dueOn, -4)));
    expect(await mine()).toHaveLength(0);
    await reportReminders(at(addDays(dueOn, -3)));
    await reportReminders(at(addDays(dueOn, -3)));
    expect(await mine()).toHaveLength(1);
    expect(JSON.parse((await mine())[0]!.params!)).toEqual({ month, dueOn, taskGroupName: `月报测试组 ${run}` });
    // Reported by the due day: no reminder on it.
    await db.insert(investmentReports).values({ leadId: lead.id, monthOn: `${month}-01`, fixedAsset: 100, fundsInPlace: 50 });
    await reportReminders(at(dueOn));
    expect(await mine()).toHaveLength(1);
    await db.delete(investmentReports).where(eq(investmentReports.leadId, lead.id));
    await reportReminders(at(dueOn));
    expect(await mine()).toHaveLength(2);
  });
});

describe("the digest", () => {
  it("names the group's overdue tasks by owner, its stale leads by name, stage and owner, and each person's digest notifications", async () => {
    // Today: the group's overdue tasks are the demo's few and this test's (the digest lists the first 20).
    const now = new Date();
    const today = chinaDay(now);
    const path = `/wecom/digest-${run}`;
    await addChannel(path);
    const companyId = await companyNamed("天津津重智能装备有限公司");
    const lead = await insertLead(zuzhang, {
      name: `摘要项目 ${run}`,
      companyId,
      taskGroupId: electronics,
      source: "task_group",
      ownerId: zuyuan.id,
      description: `机密说明 ${run}`,
      plannedInvestment: 987_654,
    });
    const title = `回访摘要项目 ${run}`;
    await addTask({ title, ownerId: zuyuan.id, dueOn: addDays(today, -2), leadId: lead.id });
    await addTask({ title: `批示待办 ${run}`, ownerId: zuyuan.id, dueOn: addDays(today, 2), leadId: lead.id, source: "instruction" });
    await taskReminders(now);
    const result = await runDigests(now);
    expect(result.queued).toBeGreaterThanOrEqual(1);
    expect((await runDigests(now)).queued).toBe(0);
    await deliverDueMessages({ now });
    const got = receiver.at(path);
    expect(got).toHaveLength(1);
    const text = got[0]!.text;
    expect(text).toContain("电子信息产业推进工作组 · 每日摘要");
    expect(text).toContain("**王磊**：逾期");
    expect(text).toContain(`- ${title}（逾期 2 天 · 摘要项目 ${run}）`);
    expect(text).toMatch(/\*\*滞后项目 \d+ 个\*\*：.+（.+ · .+）/);
    expect(text).toMatch(/\*\*待答复批示 \d+ 条\*\*/);
    expect(text).toContain(`- 摘要项目 ${run} · 王磊 · 时限`);
    expect(text).toMatch(/- 王磊：[^\n]*已逾期 \d+ 项/);
    // No lead detail beyond name, stage and owner.
    expect(text).not.toContain(`机密说明 ${run}`);
    expect(text).not.toContain("987654");
    expect(text).not.toContain("天津津重");
  });

  it("the leadership's channel gets the counts of every group", async () => {
    const now = freshDay();
    const path = `/dingtalk/leaders-${run}`;
    const secret = `SEC${run}secret`;
    receiver.setSecret(path, secret);
    await addChannel(path, { kind: "dingtalk", audience: "leadership", taskGroupId: "", secret });
    await addTask({ title: `领导摘要 ${run}`, ownerId: zuyuan.id, dueOn: addDays(chinaDay(now), -1) });
    await runDigests(now);
    await deliverDueMessages({ now });
    const got = receiver.at(path);
    expect(receiver.rejected.filter((r) => r.path === path)).toEqual([]);
    expect(got).toHaveLength(1);
    expect(got[0]!.signed).toBe(true);
    expect(got[0]!.title).toMatch(/^全市招商每日摘要/);
    expect(got[0]!.text).toMatch(/- \*\*电子信息产业推进工作组\*\*：逾期待办 \d+ · 滞后项目 \d+ · 待答复批示 \d+/);
    expect(got[0]!.text).toContain("**合计**");
  });
});

describe("delivery", () => {
  it("a receiver answering 500 gets the message again later; the log shows both attempts", async () => {
    const path = `/feishu/retry-${run}`;
    const secret = `feishu-${run}`;
    receiver.setSecret(path, secret);
    const channelId = await addChannel(path, { kind: "feishu", secret });
    const now = new Date();
    await db.transaction((tx) =>
      import("@/db/mutations/chat-outbox").then(({ queueChatMessage }) =>
        queueChatMessage(tx, { kind: "signed", taskGroupId: electronics, leadership: false, title: `签约 ${run}`, body: `**重试项目 ${run}** 已签约` }, now),
      ),
    );
    receiver.failNext(1, "http500");
    expect((await deliverDueMessages({ now })).retry).toBe(1);
    expect(receiver.at(path)).toHaveLength(0);
    // Not due again before the first wait is over.
    expect((await deliverDueMessages({ now: new Date(+now + retryDelaysMs[0]! - 1000) })).sent).toBe(0);
    expect((await deliverDueMessages({ now: new Date(+now + retryDelaysMs[0]! + 1000) })).sent).toBe(1);
    expect(receiver.at(path)).toHaveLength(1);
    expect(receiver.at(path)[0]).toMatchObject({ title: `签约 ${run}`, signed: true });
    const log = await chatDeliveryLog(channelId);
    expect(log.map((d) => ({ ok: d.ok, httpStatus: d.httpStatus, attempt: d.attempt }))).toEqual([
      { ok: true, httpStatus: 200, attempt: 2 },
      { ok: false, httpStatus: 500, attempt: 1 },
    ]);
    expect(log[1]!.error).toMatch(/^HTTP 500/);
  });

  it("a message two runners read as due is sent once, even when the second reads it while the first is still sending", async () => {
    const path = `/wecom/once-${run}`;
    await addChannel(path);
    const now = new Date();
    const { queueChatMessage } = await import("@/db/mutations/chat-outbox");
    await db.transaction((tx) => queueChatMessage(tx, { kind: "signed", taskGroupId: electronics, leadership: false, title: `只发一次 ${run}`, body: `**只发一次 ${run}**`, dedupeKey: `once-${run}` }, now));
    const [message] = await db.select({ id: chatMessages.id }).from(chatMessages).where(like(chatMessages.dedupeKey, `once-${run}:%`));
    let second: Awaited<ReturnType<typeof deliverMessage>> | null = null;
    const first = await deliverMessage(message!.id, {
      now,
      // While the first runner waits on the robot, a second one (another server, cron) tries the same message.
      send: async (request) => {
        second = await deliverMessage(message!.id, { now });
        const response = await fetch(request.url, { method: "POST", headers: request.headers, body: request.body });
        return { status: response.status, text: await response.text() };
      },
    });
    expect(first.status).toBe("sent");
    expect(second).toMatchObject({ status: "skipped" });
    expect(receiver.at(path)).toHaveLength(1);
  });

  it("a channel failing five times in a row is paused and every admin is told; resuming starts over", async () => {
    const path = `/wecom/pause-${run}`;
    const channelId = await addChannel(path);
    let now = new Date();
    await db.transaction(async (tx) => {
      const { queueChatMessage } = await import("@/db/mutations/chat-outbox");
      for (let i = 0; i < pauseAfterFailures + 1; i++) {
        await queueChatMessage(tx, { kind: "signed", taskGroupId: electronics, leadership: false, title: `暂停 ${run} ${i}`, body: "x" }, now);
      }
    });
    receiver.failNext(pauseAfterFailures + 1, "errcode");
    const tally = await deliverDueMessages({ now });
    // The fifth failure pauses the channel; the sixth message waits for it.
    expect(tally.retry).toBe(pauseAfterFailures);
    const channel = await getChatChannel(channelId);
    expect(channel).toMatchObject({ consecutiveFailures: pauseAfterFailures });
    expect(channel!.pausedAt).not.toBeNull();
    expect(channel!.pausedReason).toMatch(/errcode 310000/);
    const told = await db.select().from(notifications).where(and(eq(notifications.kind, "channel_paused"), eq(notifications.userId, admin.id), like(notifications.params, `%"channelId":${channelId},%`)));
    expect(told).toHaveLength(1);
    now = new Date(+now + 2 * 3_600_000);
    expect((await deliverDueMessages({ now })).sent).toBe(0);
    await mustSucceed(act(resumeChatChannelDefinition, admin, { id: channelId, version: channel!.version }));
    // One failure is still queued at the receiver (the sixth message never went): one more failure,
    // then the five others go and the count is back to nothing.
    await deliverDueMessages({ now });
    const after = await getChatChannel(channelId);
    expect(after!.pausedAt).toBeNull();
    expect(after!.consecutiveFailures).toBe(0);
    expect(receiver.at(path)).toHaveLength(pauseAfterFailures);
  });

  it("发送测试消息 is delivered at once and logged; a paused or disabled channel can be tested", async () => {
    const path = `/wecom/test-${run}`;
    const channelId = await addChannel(path);
    const [channel] = await db.select({ version: chatChannels.version }).from(chatChannels).where(eq(chatChannels.id, channelId));
    await mustSucceed(act(setChatChannelActiveDefinition, admin, { id: channelId, version: channel!.version, isActive: false }));
    const result = await mustSucceed(act(sendTestChatMessageDefinition, admin, { id: channelId }));
    expect(result).toMatchObject({ status: "sent", httpStatus: 200, error: null });
    expect(receiver.at(path)).toHaveLength(1);
    expect(receiver.at(path)[0]!.text).toContain("测试消息");
    const [logged] = await chatDeliveryLog(channelId);
    expect(logged).toMatchObject({ ok: true, httpStatus: 200, attempt: 1, messageKind: "test" });
    // A failed test is shown and not tried again.
    receiver.failNext(1, "http500");
    const failed = await mustSucceed(act(sendTestChatMessageDefinition, admin, { id: channelId }));
    expect(failed).toMatchObject({ status: "failed", httpStatus: 500 });
    expect(failed.error).toMatch(/^HTTP 500/);
    const [message] = await db.select({ status: chatMessages.status }).from(chatMessages).where(eq(chatMessages.id, failed.messageId));
    expect(message!.status).toBe("failed");
    expect(await db.select().from(chatDeliveries).where(eq(chatDeliveries.channelId, channelId))).toHaveLength(2);
    expect(receiver.at(path)).toHaveLength(1);
  });
});

describe("channel administration", () => {
  it("the secret is kept on edit when left empty, cleared when asked, and never in the audit", async () => {
    const path = `/dingtalk/secret-${run}`;
    const channelId = await addChannel(path, { kind: "dingtalk", secret: "SECkeepme" });
    const read = async () => (await db.select({ secret: chatChannels.secret, version: chatChannels.version }).from(chatChannels).where(eq(chatChannels.id, channelId)))[0]!;
    const fields = { name: `改名 ${run}`, kind: "dingtalk", webhookUrl: `${receiver.url}${path}`, audience: "group", taskGroupId: electronics };
    await mustSucceed(act(updateChatChannelDefinition, admin, { ...fields, id: channelId, version: (await read()).version, secret: "" }));
    expect((await read()).secret).toBe("SECkeepme");
    expect((await getChatChannel(channelId))!.secretSet).toBe(true);
    await mustSucceed(act(updateChatChannelDefinition, admin, { ...fields, id: channelId, version: (await read()).version, secret: "", clearSecret: true }));
    expect((await read()).secret).toBeNull();
    const stale = await act(updateChatChannelDefinition, admin, { ...fields, id: channelId, version: 1, secret: "" });
    expect(stale).toMatchObject({ ok: false, code: "conflict" });
    const { auditLog } = await import("@/db/schema");
    const audits = await db.select({ details: auditLog.details }).from(auditLog).where(and(eq(auditLog.entity, "chat_channel"), eq(auditLog.entityId, channelId)));
    expect(audits.length).toBeGreaterThanOrEqual(3);
    for (const a of audits) expect(a.details).not.toContain("SECkeepme");
  });

  it("refuses a webhook that is not https (plain http only to this machine), and a group channel without its group", async () => {
    const bad = await act(createChatChannelDefinition, admin, { name: `坏 ${run}`, kind: "wecom", webhookUrl: "http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=x", audience: "group", taskGroupId: electronics });
    expect(bad).toMatchObject({ ok: false, code: "invalid", fieldErrors: { webhookUrl: ["channels.webhookHttps"] } });
    const noGroup = await act(createChatChannelDefinition, admin, { name: `坏 ${run}`, kind: "wecom", webhookUrl: "https://qyapi.weixin.qq.com/x", audience: "group", taskGroupId: "" });
    expect(noGroup).toMatchObject({ ok: false, code: "invalid", fieldErrors: { taskGroupId: ["channels.groupRequired"] } });
  });

  it("crafted calls by a group lead and a member are refused, and change nothing", async () => {
    const channelId = await addChannel(`/wecom/crafted-${run}`);
    const [channel] = await db.select({ version: chatChannels.version }).from(chatChannels).where(eq(chatChannels.id, channelId));
    const before = receiver.received.length;
    for (const user of [zuzhang, zuyuan]) {
      expect(await act(createChatChannelDefinition, user, { name: `偷建 ${run}`, kind: "wecom", webhookUrl: "https://example.com/x", audience: "leadership" })).toMatchObject({ ok: false, code: "forbidden" });
      expect(await act(sendTestChatMessageDefinition, user, { id: channelId })).toMatchObject({ ok: false, code: "forbidden" });
      expect(await act(deleteChatChannelDefinition, user, { id: channelId, version: channel!.version })).toMatchObject({ ok: false, code: "forbidden" });
      expect(await act(updateChatChannelDefinition, user, { id: channelId, version: channel!.version, name: "x", kind: "wecom", webhookUrl: "https://evil.example/x", audience: "leadership" })).toMatchObject({ ok: false, code: "forbidden" });
      expect(await act(saveOfficeNamesDefinition, user, { cityName: "某市", agencyName: "某局", reportDueDay: 5, version: null })).toMatchObject({ ok: false, code: "forbidden" });
    }
    expect(receiver.received.length).toBe(before);
    expect(await getChatChannel(channelId)).toMatchObject({ webhookUrl: `${receiver.url}/wecom/crafted-${run}`, version: channel!.version });
    expect(await db.select().from(chatChannels).where(like(chatChannels.name, `偷建 ${run}%`))).toHaveLength(0);
    await mustSucceed(act(deleteChatChannelDefinition, admin, { id: channelId, version: channel!.version }));
    expect(await getChatChannel(channelId)).toBeNull();
  });
});
