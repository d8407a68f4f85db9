// Tasks from every source on the database of DATABASE_URL (SQLite and PostgreSQL): a lead's follow-up
// date as its owner's task (log, reassign, drop); a 批示 with a 办理时限 (task, notifications, the
// group chat, the answer on the timeline and back to the leader); 督办 items, tasks by hand and
// reassigning, with their permissions (also by crafted calls of another group's member); the owner
// told of changes to their lead; a lead reaching 签约 queued for the chats that exist.
import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, db } from "@/db/client";
import { addLeadLogDefinition, changeLeadOwnerDefinition, moveLeadStageDefinition, reassignLeadsDefinition, updateLeadDefinition } from "@/db/mutations/lead-actions";
import { createSupervisionTask, createTask, reassignTask, setTaskStatus } from "@/db/mutations/tasks";
import { boardColumnPage } from "@/db/queries/leads/board";
import { listLeads } from "@/db/queries/leads/table";
import { supervisionSummary } from "@/db/queries/supervision";
import { myOpenTasks, taskInScope, taskList } from "@/db/queries/tasks";
import { noLeadFilters } from "@/lib/lead-filters";
import { parseTaskFilters } from "@/lib/task-filters";
import { chatChannels, chatMessages, leadEvents, leads, notifications, tasks } from "@/db/schema";
import { runAction } from "@/lib/actions/run-action";
import type { CurrentUser } from "@/lib/auth/current-user";
import { companyNamed, groupNamed, insertLead, isoDay, messages, mustSucceed, runSuffix, userNamed } from "./helpers";

const run = runSuffix();
let shuji: CurrentUser;
let zuyuan: CurrentUser;
let zuzhang: CurrentUser;
let zuyuan2: CurrentUser;
let zuzhang2: CurrentUser;
let mishu: CurrentUser;
let companyId: number;
let electronics: number;

async function newLead(name: string, fields: Record<string, unknown> = {}) {
  const { id } = await insertLead(zuzhang, { name: `${name}（${run}）`, companyId, taskGroupId: electronics, source: "task_group", ownerId: zuyuan.id, ...fields });
  return id;
}
const versionOf = async (leadId: number) => (await db.select({ version: leads.version }).from(leads).where(eq(leads.id, leadId)))[0].version;
const followUpOf = async (leadId: number) => (await db.select().from(tasks).where(and(eq(tasks.leadId, leadId), eq(tasks.source, "follow_up"))))[0];
const notificationsOf = (userId: number, leadId: number) =>
  db.select().from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.leadId, leadId))).orderBy(desc(notifications.id));
const log = (user: CurrentUser, leadId: number, extra: Record<string, unknown>) => runAction(addLeadLogDefinition, user, { leadId, kind: "follow_up", body: `电话沟通（${run}）`, nextFollowUpOn: "", ...extra }, messages);

beforeAll(async () => {
  [shuji, zuyuan, zuzhang, zuyuan2, zuzhang2, mishu] = await Promise.all(["shuji", "zuyuan", "zuzhang", "zuyuan2", "zuzhang2", "mishu"].map(userNamed));
  companyId = await companyNamed("天津津重智能装备有限公司");
  electronics = await groupNamed("电子信息产业推进工作组");
});
afterAll(closeDatabase);

describe("a lead's 下次跟进日期 is its owner's task", () => {
  it("is written with the lead, done by a progress entry without a date, reopened by one with a date, follows a new owner and is cancelled when the lead is dropped", async () => {
    const leadId = await newLead("跟进任务项目", { nextFollowUpOn: isoDay(2) });
    const first = await followUpOf(leadId);
    expect(first).toMatchObject({ title: `跟进任务项目（${run}）`, ownerId: zuyuan.id, dueOn: isoDay(2), status: "open", taskGroupId: electronics, source: "follow_up" });
    expect((await myOpenTasks(zuyuan, isoDay(0), 500)).rows.map((r) => r.id)).toContain(first.id);

    await mustSucceed(log(zuyuan, leadId, {}));
    expect(await followUpOf(leadId)).toMatchObject({ id: first.id, status: "done" });

    await mustSucceed(log(zuyuan, leadId, { nextFollowUpOn: isoDay(5) }));
    expect(await followUpOf(leadId)).toMatchObject({ id: first.id, status: "open", dueOn: isoDay(5), doneAt: null });

    // The group's lead gives the lead to 王磊's colleague: the task goes with it, and the new owner is told.
    const colleague = await userNamed("zuzhang");
    await mustSucceed(runAction(changeLeadOwnerDefinition, mishu, { leadId, version: await versionOf(leadId), ownerId: colleague.id, note: "" }, messages));
    expect(await followUpOf(leadId)).toMatchObject({ id: first.id, ownerId: colleague.id, status: "open" });
    expect((await notificationsOf(colleague.id, leadId)).map((n) => n.kind)).toContain("lead_reassigned");

    await mustSucceed(runAction(moveLeadStageDefinition, mishu, { leadId, version: await versionOf(leadId), toStage: "dropped", reason: "企业放弃" }, messages));
    expect(await followUpOf(leadId)).toMatchObject({ id: first.id, status: "cancelled" });
    expect(await db.select().from(tasks).where(and(eq(tasks.leadId, leadId), eq(tasks.source, "follow_up")))).toHaveLength(1);
  });

  it("follows a bulk reassignment and tells the new owner once per lead", async () => {
    const [a, b] = [await newLead("批量甲", { nextFollowUpOn: isoDay(3) }), await newLead("批量乙", { nextFollowUpOn: isoDay(4) })];
    await mustSucceed(runAction(reassignLeadsDefinition, zuzhang, { leads: [{ id: a, version: await versionOf(a) }, { id: b, version: await versionOf(b) }], ownerId: zuzhang.id }, messages));
    expect((await followUpOf(a)).ownerId).toBe(zuzhang.id);
    // The group's lead gave them to himself: nobody is told of their own doing.
    expect(await notificationsOf(zuzhang.id, a)).toHaveLength(0);
    await mustSucceed(runAction(reassignLeadsDefinition, mishu, { leads: [{ id: a, version: await versionOf(a) }, { id: b, version: await versionOf(b) }], ownerId: zuyuan.id }, messages));
    for (const id of [a, b]) {
      expect((await followUpOf(id)).ownerId).toBe(zuyuan.id);
      expect((await notificationsOf(zuyuan.id, id)).filter((n) => n.kind === "lead_reassigned")).toHaveLength(1);
    }
  });
});

describe("a 批示 with a 办理时限", () => {
  it("is the owner's task, tells the owner and the group's chat (without its text), and the answer reaches the timeline and the leader", async () => {
    const leadId = await newLead("批示项目");
    const [channel] = await db
      .insert(chatChannels)
      .values({ name: `电子信息群（${run}）`, kind: "wecom", webhookUrl: "http://127.0.0.1:9/hook", audience: "group", taskGroupId: electronics, createdById: zuzhang.id })
      .returning({ id: chatChannels.id });
    try {
      const body = `请务必在月底前落实用地指标（${run}）`;
      const logged = await mustSucceed(runAction(addLeadLogDefinition, shuji, { leadId, kind: "instruction", body, nextFollowUpOn: "", answerWithin: "3" }, messages));
      const { eventId } = logged;
      const taskId = logged.taskId!;
      const task = (await db.select().from(tasks).where(eq(tasks.id, taskId)))[0];
      expect(task).toMatchObject({ source: "instruction", ownerId: zuyuan.id, createdById: shuji.id, dueOn: isoDay(3), leadEventId: eventId, leadId, status: "open" });
      const [received] = await notificationsOf(zuyuan.id, leadId);
      expect(received).toMatchObject({ kind: "instruction_received", actorId: shuji.id, taskId });
      expect(JSON.parse(String(received.params))).toEqual({ leadName: `批示项目（${run}）`, body, dueOn: isoDay(3) });

      const queued = await db.select().from(chatMessages).where(eq(chatMessages.channelId, channel.id));
      expect(queued).toHaveLength(1);
      expect(queued[0]).toMatchObject({ kind: "instruction", status: "pending" });
      expect(queued[0].body).toContain(`周立群 对「批示项目（${run}）」作出批示，请 王磊 于`);
      expect(queued[0].body).not.toContain("用地指标");

      // Another group's member cannot read, answer or reassign it, even by a crafted call.
      expect(await taskInScope(zuyuan2, taskId)).toBeNull();
      expect((await runAction(setTaskStatus, zuyuan2, { id: taskId, version: task.version, done: true, note: "越权" }, messages)).ok).toBe(false);
      expect((await runAction(reassignTask, zuyuan2, { id: taskId, version: task.version, ownerId: zuyuan2.id }, messages)).ok).toBe(false);

      // The answer is required; then the task is done with it, on the timeline, and the leader is told.
      const empty = await runAction(setTaskStatus, zuyuan, { id: taskId, version: task.version, done: true, note: "" }, messages);
      expect(empty.ok ? null : empty.fieldErrors?.note).toEqual(["tasks.answerRequired"]);
      await mustSucceed(runAction(setTaskStatus, zuyuan, { id: taskId, version: task.version, done: true, note: "已与自然资源局对接，月底前落实" }, messages));
      expect((await db.select().from(tasks).where(eq(tasks.id, taskId)))[0]).toMatchObject({ status: "done", doneNote: "已与自然资源局对接，月底前落实" });
      const [reply] = await db.select().from(leadEvents).where(and(eq(leadEvents.leadId, leadId), eq(leadEvents.kind, "instruction_reply")));
      expect(reply).toMatchObject({ body: "已与自然资源局对接，月底前落实", actorId: zuyuan.id, fromValue: String(eventId) });
      const [answered] = await notificationsOf(shuji.id, leadId);
      expect(answered).toMatchObject({ kind: "instruction_answered", actorId: zuyuan.id, taskId });
      expect(JSON.parse(String(answered.params))).toEqual({ leadName: `批示项目（${run}）`, body: "已与自然资源局对接，月底前落实" });
      // Answered once: it is not opened again.
      const version = (await db.select().from(tasks).where(eq(tasks.id, taskId)))[0].version;
      expect((await runAction(setTaskStatus, zuyuan, { id: taskId, version, done: false, note: "" }, messages)).ok).toBe(false);
    } finally {
      await db.delete(chatChannels).where(eq(chatChannels.id, channel.id));
    }
  });

  it("without a limit tells the owner but sets no task; a date in the past is refused", async () => {
    const leadId = await newLead("无时限批示");
    const result = await mustSucceed(runAction(addLeadLogDefinition, shuji, { leadId, kind: "instruction", body: "加快推进", answerWithin: "" }, messages));
    expect(result).toMatchObject({ taskId: null });
    expect((await notificationsOf(zuyuan.id, leadId))[0]).toMatchObject({ kind: "instruction_received" });
    const past = await runAction(addLeadLogDefinition, shuji, { leadId, kind: "instruction", body: "加快推进", answerWithin: "date", answerBy: isoDay(-1) }, messages);
    expect(past.ok ? null : past.fieldErrors?.answerBy).toEqual(["leads.log.answerByPast"]);
    // By a date; then the lead changes hands: the waiting 批示 goes with it.
    const dated = await mustSucceed(runAction(addLeadLogDefinition, shuji, { leadId, kind: "instruction", body: "月底前报告", answerWithin: "date", answerBy: isoDay(10) }, messages));
    expect((await db.select().from(tasks).where(eq(tasks.id, dated.taskId!)))[0]).toMatchObject({ dueOn: isoDay(10), ownerId: zuyuan.id });
    await mustSucceed(runAction(changeLeadOwnerDefinition, zuzhang, { leadId, version: await versionOf(leadId), ownerId: zuzhang.id, note: "" }, messages));
    expect((await db.select().from(tasks).where(eq(tasks.id, dated.taskId!)))[0].ownerId).toBe(zuzhang.id);
  });
});

describe("督办 items, tasks by hand and reassigning", () => {
  it("a group lead sets a 督办 item for a person of the lead's group; not for another group's lead, nor for an outsider", async () => {
    const leadId = await newLead("督办项目");
    const { id } = await mustSucceed(runAction(createSupervisionTask, zuzhang, { leadId, title: "本周内报送项目进展", ownerId: zuyuan.id, dueOn: isoDay(2) }, messages));
    expect((await db.select().from(tasks).where(eq(tasks.id, id)))[0]).toMatchObject({ source: "supervision", ownerId: zuyuan.id, createdById: zuzhang.id, taskGroupId: electronics, leadId });
    expect((await db.select().from(notifications).where(and(eq(notifications.taskId, id), eq(notifications.userId, zuyuan.id))))[0]).toMatchObject({ kind: "task_assigned" });

    const outsider = await runAction(createSupervisionTask, zuzhang, { leadId, title: "越组", ownerId: zuyuan2.id, dueOn: isoDay(2) }, messages);
    expect(outsider.ok ? null : outsider.fieldErrors?.ownerId).toEqual(["leads.ownerNotInGroup"]);
    // Another group's lead: the lead is not theirs to read.
    expect(await runAction(createSupervisionTask, zuzhang2, { leadId, title: "越组", ownerId: zuyuan.id, dueOn: isoDay(2) }, messages)).toMatchObject({ ok: false, code: "not_found" });
    // A member does not supervise.
    expect(await runAction(createSupervisionTask, zuyuan, { leadId, title: "自督", ownerId: zuyuan.id, dueOn: isoDay(2) }, messages)).toMatchObject({ ok: false });
    // The city leader does, any lead.
    await mustSucceed(runAction(createSupervisionTask, shuji, { leadId, title: "市领导督办", ownerId: zuyuan.id, dueOn: isoDay(1) }, messages));
  });

  it("a member writes tasks for themselves only; reassigning tells the new owner, within who may take it", async () => {
    const own = await mustSucceed(runAction(createTask, zuyuan, { title: `整理企业名录（${run}）`, ownerId: zuyuan.id, dueOn: isoDay(1), leadId: "" }, messages));
    expect(await db.select().from(notifications).where(eq(notifications.taskId, own.id))).toHaveLength(0);
    const forOther = await runAction(createTask, zuyuan, { title: "替人建", ownerId: zuzhang.id, dueOn: "", leadId: "" }, messages);
    expect(forOther.ok ? null : forOther.fieldErrors?.ownerId).toEqual(["tasks.ownerNotAllowed"]);
    // About another group's lead: as if it did not exist.
    const foreignLead = (await db.select({ id: leads.id }).from(leads).where(eq(leads.taskGroupId, zuyuan2.groupIds[0])).limit(1))[0].id;
    expect(await runAction(createTask, zuyuan, { title: "越组", ownerId: zuyuan.id, dueOn: "", leadId: foreignLead }, messages)).toMatchObject({ ok: false, code: "not_found" });

    // The group's lead sets one for 王磊, then gives it to himself; 王磊's colleague in another group cannot take it.
    const set = await mustSucceed(runAction(createTask, zuzhang, { title: `走访园区（${run}）`, ownerId: zuyuan.id, dueOn: isoDay(2), leadId: "" }, messages));
    expect((await db.select().from(notifications).where(and(eq(notifications.taskId, set.id), eq(notifications.userId, zuyuan.id))))[0]).toMatchObject({ kind: "task_assigned" });
    const toStranger = await runAction(reassignTask, zuzhang, { id: set.id, version: set.version, ownerId: zuyuan2.id }, messages);
    expect(toStranger.ok ? null : toStranger.fieldErrors?.ownerId).toEqual(["tasks.ownerNotAllowed"]);
    // A member of another group: the task is out of their sight.
    expect(await runAction(reassignTask, zuyuan2, { id: set.id, version: set.version, ownerId: zuyuan2.id }, messages)).toMatchObject({ ok: false, code: "not_found" });
    expect(await runAction(setTaskStatus, zuyuan2, { id: set.id, version: set.version, done: true, note: "" }, messages)).toMatchObject({ ok: false, code: "not_found" });
    const same = await runAction(reassignTask, zuzhang, { id: set.id, version: set.version, ownerId: zuyuan.id }, messages);
    expect(same.ok ? null : same.fieldErrors?.ownerId).toEqual(["tasks.ownerUnchanged"]);
    // A leader who neither owns nor set it does not hand it on.
    expect(await runAction(reassignTask, shuji, { id: set.id, version: set.version, ownerId: zuzhang.id }, messages)).toMatchObject({ ok: false, code: "forbidden" });
    const taken = await mustSucceed(runAction(reassignTask, zuzhang, { id: set.id, version: set.version, ownerId: zuzhang.id }, messages));
    expect((await db.select().from(tasks).where(eq(tasks.id, set.id)))[0].ownerId).toBe(zuzhang.id);
    expect(await db.select().from(notifications).where(and(eq(notifications.taskId, set.id), eq(notifications.userId, zuzhang.id)))).toHaveLength(0);
    // Two people handing it on from the same version: the second is refused as stale.
    await mustSucceed(runAction(reassignTask, zuzhang, { id: set.id, version: taken.version, ownerId: zuyuan.id }, messages));
    expect(await runAction(reassignTask, zuzhang, { id: set.id, version: taken.version, ownerId: zuyuan.id }, messages)).toMatchObject({ ok: false, code: "conflict" });
    expect(await db.select().from(notifications).where(and(eq(notifications.taskId, set.id), eq(notifications.userId, zuyuan.id), eq(notifications.kind, "task_assigned")))).toHaveLength(2);
  });
});

describe("the owner hears of changes to their lead", () => {
  it("a stage move, a fields edit and an amount edit by someone else: one notification each; their own changes none", async () => {
    const leadId = await newLead("变更通知项目");
    await mustSucceed(runAction(moveLeadStageDefinition, zuzhang, { leadId, version: await versionOf(leadId), toStage: "negotiating", reason: "" }, messages));
    const [lead] = await db.select().from(leads).where(eq(leads.id, leadId));
    const edit = { leadId, version: lead.version, name: lead.name, districtId: lead.districtId ?? "", industryId: lead.industryId ?? "", source: lead.source, plannedInvestment: "", signedInvestment: "", signedOn: "", leaderId: "", agreementId: "", description: "补充说明" };
    await mustSucceed(runAction(updateLeadDefinition, zuzhang, edit, messages));
    await mustSucceed(runAction(updateLeadDefinition, zuzhang, { ...edit, version: await versionOf(leadId), plannedInvestment: 50000 }, messages));
    await mustSucceed(runAction(moveLeadStageDefinition, zuyuan, { leadId, version: await versionOf(leadId), toStage: "inspecting", reason: "" }, messages));
    const told = (await notificationsOf(zuyuan.id, leadId)).reverse().map((n) => JSON.parse(String(n.params)));
    expect(told).toEqual([
      { leadName: lead.name, what: "stage", stage: "negotiating" },
      { leadName: lead.name, what: "fields" },
      { leadName: lead.name, what: "amount" },
    ]);
  });

  it("a lead reaching 签约 is queued for its group's chats only when one exists", async () => {
    const quiet = await newLead("无群签约");
    const before = (await db.select().from(chatMessages).where(eq(chatMessages.kind, "signed"))).length;
    await mustSucceed(runAction(moveLeadStageDefinition, zuzhang, { leadId: quiet, version: await versionOf(quiet), toStage: "signed", signedOn: isoDay(0), signedInvestment: 20000, reason: "" }, messages));
    const leadershipChannels = await db.select().from(chatChannels).where(and(eq(chatChannels.audience, "leadership"), eq(chatChannels.isActive, true)));
    expect((await db.select().from(chatMessages).where(eq(chatMessages.kind, "signed"))).length - before).toBe(leadershipChannels.length);

    const leadId = await newLead("有群签约");
    const [channel] = await db
      .insert(chatChannels)
      .values({ name: `电子信息群签约（${run}）`, kind: "dingtalk", webhookUrl: "http://127.0.0.1:9/hook", secret: "SEC", audience: "group", taskGroupId: electronics, createdById: zuzhang.id })
      .returning({ id: chatChannels.id });
    try {
      await mustSucceed(runAction(moveLeadStageDefinition, zuzhang, { leadId, version: await versionOf(leadId), toStage: "signed", signedOn: isoDay(0), signedInvestment: 30000, reason: "" }, messages));
      const [message] = await db.select().from(chatMessages).where(eq(chatMessages.channelId, channel.id));
      expect(message).toMatchObject({ kind: "signed", title: `签约：有群签约（${run}）` });
      expect(message.body).toContain("负责人：王磊");
      expect(message.body).not.toMatch(/30000|3亿/);
    } finally {
      await db.delete(chatChannels).where(eq(chatChannels.id, channel.id));
    }
  });
});

describe("where tasks show", () => {
  it("a lead's open task due first is on its card and its row; 督办 counts overdue tasks per group and per owner, and 待办 lists them by the same filters", async () => {
    const name = `看板待办项目（${run}）`;
    const leadId = await newLead("看板待办项目", { nextFollowUpOn: isoDay(6), stage: "negotiating" });
    // A 督办 item due earlier than the follow-up: it is the one shown.
    const { id } = await mustSucceed(runAction(createSupervisionTask, zuzhang, { leadId, title: "补齐环评材料", ownerId: zuyuan.id, dueOn: isoDay(2) }, messages));
    const { rows } = await listLeads(zuzhang, { page: 1, pageSize: 20, sort: null, dir: "asc", q: name }, noLeadFilters);
    expect(rows.find((r) => r.id === leadId)?.openTask).toMatchObject({ id, source: "supervision", title: "补齐环评材料", dueOn: isoDay(2) });
    const column = await boardColumnPage(zuzhang, "negotiating", { ...noLeadFilters, owner: zuyuan.id }, null, 1000);
    expect(column.leads.find((c) => c.id === leadId)?.openTask).toMatchObject({ id, dueOn: isoDay(2) });

    // Overdue: written past its date (as the days go by), counted under the group and 王磊.
    const before = await supervisionSummary(zuzhang);
    await db.update(tasks).set({ dueOn: isoDay(-2) }).where(eq(tasks.id, id));
    const after = await supervisionSummary(zuzhang);
    const groupCount = (s: typeof after) => s.byGroup.find((g) => g.groupId === electronics)?.overdueTasks ?? 0;
    const ownerCount = (s: typeof after) => s.byOwner.find((o) => o.ownerId === zuyuan.id)?.overdueTasks ?? 0;
    expect(groupCount(after)).toBe(groupCount(before) + 1);
    expect(ownerCount(after)).toBe(ownerCount(before) + 1);
    expect(after.overdueTasks).toBe(before.overdueTasks + 1);
    const byOwner = await taskList(zuzhang, parseTaskFilters({ all: "1", due: "overdue", owner: String(zuyuan.id), group: String(electronics) }), isoDay(0));
    expect(byOwner.rows.map((r) => r.id)).toContain(id);
    expect(byOwner.rows.every((r) => r.ownerId === zuyuan.id)).toBe(true);

    // Another group's lead: his 督办 shows none of it, and the filter does not open it to him.
    const other = await supervisionSummary(zuzhang2);
    expect(other.byGroup.find((g) => g.groupId === electronics)).toBeUndefined();
    expect((await taskList(zuyuan2, parseTaskFilters({ all: "1", group: String(electronics) }), isoDay(0))).rows.map((r) => r.id)).not.toContain(id);
  });
});
