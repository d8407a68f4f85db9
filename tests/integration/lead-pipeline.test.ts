// Every change to a lead through the very action definitions the pages call (runAction): the
// pipeline's rules, the leadEvent and audit row written with each change, refused stale saves,
// and scoping against crafted requests (another group's lead id). Runs on SQLite and PostgreSQL.
import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, db } from "@/db/client";
import * as leadActions from "@/db/mutations/lead-actions";
import { getLead, leadTimeline } from "@/db/queries/lead-detail";
import { boardColumnPage } from "@/db/queries/leads/board";
import { listLeads } from "@/db/queries/leads/table";
import { noLeadFilters } from "@/lib/lead-filters";
import { auditLog, companies, leadEvents, leads, taskGroups } from "@/db/schema";
import { runAction, type ActionDefinition, type ActionMessages } from "@/lib/actions/run-action";
import type { CurrentUser } from "@/lib/auth/current-user";
import { undoableMove } from "@/lib/domain/pipeline";
import { toIsoDate } from "@/lib/format";
import type { z } from "zod";
import { chineseMessagesKeepingKeys, mustSucceed, runSuffix, userNamed } from "./helpers";

const messages: ActionMessages = {
  ...chineseMessagesKeepingKeys,
  conflict: (who, when) => `该记录已被${who}于${when ? when.toISOString() : "?"}修改，请刷新后再保存。`,
};

const run = runSuffix();
const today = toIsoDate(new Date());
const people: Record<string, CurrentUser> = {};
let electronics = 0;
let equipment = 0;
let companyId = 0;

function act<S extends z.ZodType, T>(definition: ActionDefinition<S, T>, who: string, input: unknown) {
  return runAction(definition, people[who], input, messages);
}

async function leadRow(id: number) {
  const [row] = await db.select().from(leads).where(eq(leads.id, id));
  return row;
}

async function eventsOf(id: number) {
  return db.select().from(leadEvents).where(eq(leadEvents.leadId, id)).orderBy(desc(leadEvents.id));
}

async function auditsOf(id: number) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, "lead"), eq(auditLog.entityId, id)));
}

/** A fresh lead of the electronics group owned by `owner`, made through the real create action. */
async function newLead(name: string, owner = "zuyuan", extra: Record<string, unknown> = {}) {
  const created = await mustSucceed(act(leadActions.createLeadDefinition, "zuzhang", {
    name: `${name}-${run}`,
    companyId,
    taskGroupId: electronics,
    ownerId: people[owner].id,
    source: "task_group",
    plannedInvestment: 30_000,
    ...extra,
  }));
  return leadRow(created.id);
}

beforeAll(async () => {
  for (const username of ["admin", "shuji", "mishu", "zuzhang", "zuyuan", "zy02b", "zuzhang2", "zuyuan2"]) {
    people[username] = await userNamed(username);
  }
  const groups = await db.select({ id: taskGroups.id, name: taskGroups.name }).from(taskGroups);
  electronics = groups.find((g) => g.name === "电子信息产业推进工作组")!.id;
  equipment = groups.find((g) => g.name === "装备制造产业推进工作组")!.id;
  [{ id: companyId }] = await db.select({ id: companies.id }).from(companies).limit(1);
});

afterAll(async () => {
  await closeDatabase();
});

describe("who creates leads (one rule: policy.mayCreateLeadIn)", () => {
  const input = (name: string, taskGroupId: number) => ({ name: `${name}-${run}`, companyId, taskGroupId, source: "task_group" });
  const named = async (name: string) => db.select().from(leads).where(eq(leads.name, `${name}-${run}`));
  const mishuInGroups = () => people.mishu.groupIds.length > 0;

  it("lets a member create a lead in their own group, as its owner, and not in another group", async () => {
    const own = await act(leadActions.createLeadDefinition, "zuyuan", input("组员自建", electronics));
    expect(own).toMatchObject({ ok: true, data: { ownerId: people.zuyuan.id } });
    const other = await act(leadActions.createLeadDefinition, "zuyuan", input("组员越组", equipment));
    expect(other).toMatchObject({ ok: false });
    expect(await named("组员越组")).toHaveLength(0);
  });

  it("refuses a city leader, who gives instructions instead, and records the refusal", async () => {
    const result = await act(leadActions.createLeadDefinition, "shuji", input("领导自建", electronics));
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
    expect(await named("领导自建")).toHaveLength(0);
  });

  it("lets a secretary create a lead in any group", async () => {
    // (Not in the equipment group: a test below needs zuyuan2 to find no lead of this run by name.)
    expect(mishuInGroups()).toBe(false);
    expect(await act(leadActions.createLeadDefinition, "mishu", { ...input("秘书代建", electronics), ownerId: people.zuyuan.id })).toMatchObject({ ok: true });
  });
});

describe("moving a lead along the pipeline", () => {
  it("refuses 签约 without an amount, beside the field, and changes nothing", async () => {
    const lead = await newLead("无金额签约");
    const result = await act(leadActions.moveLeadStageDefinition, "zuyuan", { leadId: lead.id, version: lead.version, toStage: "signed", signedOn: today });
    expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { signedInvestment: ["pipeline.signedInvestmentRequired"] } });
    expect(await leadRow(lead.id)).toMatchObject({ stage: "contact", version: lead.version });
    expect((await eventsOf(lead.id)).map((e) => e.kind)).toEqual(["created"]);
  });

  it("refuses 终止 without a reason, and a signing date after today", async () => {
    const lead = await newLead("无原因终止");
    const dropped = await act(leadActions.moveLeadStageDefinition, "zuyuan", { leadId: lead.id, version: lead.version, toStage: "dropped", reason: "  " });
    expect(dropped).toMatchObject({ ok: false, fieldErrors: { reason: ["pipeline.reasonRequired"] } });
    const future = await act(leadActions.moveLeadStageDefinition, "zuyuan", {
      leadId: lead.id,
      version: lead.version,
      toStage: "signed",
      signedOn: "2099-01-01",
      signedInvestment: 20_000,
    });
    expect(future).toMatchObject({ ok: false, fieldErrors: { signedOn: ["pipeline.signedOnFuture"] } });
    expect(await leadRow(lead.id)).toMatchObject({ stage: "contact", version: lead.version, stageReason: null });
  });

  it("signs a lead with date and amount: the change, its events and its audit row together", async () => {
    const lead = await newLead("签约成功");
    const before = await auditsOf(lead.id);
    const result = await act(leadActions.moveLeadStageDefinition, "zuyuan", {
      leadId: lead.id,
      version: lead.version,
      toStage: "signed",
      signedOn: today,
      signedInvestment: 28_500,
      reason: "双方在市政府签署投资协议",
    });
    expect(result).toMatchObject({ ok: true, data: { stage: "signed", version: lead.version + 1 } });
    const after = await leadRow(lead.id);
    expect(after).toMatchObject({ stage: "signed", signedOn: today, signedInvestment: 28_500, version: lead.version + 1, updatedById: people.zuyuan.id });
    expect(+after.stageEnteredAt).toBeGreaterThan(+lead.stageEnteredAt - 1);
    const [amount, stage] = await eventsOf(lead.id);
    expect(stage).toMatchObject({ kind: "stage", fromStage: "contact", toStage: "signed", toValue: today, body: "双方在市政府签署投资协议", actorId: people.zuyuan.id });
    expect(amount).toMatchObject({ kind: "amount", field: "signedInvestment", fromValue: null, toValue: "28500" });
    expect((await auditsOf(lead.id)).length).toBe(before.length + 1);

    // Moving on to 开工 keeps the signing data and asks for nothing more.
    const started = await act(leadActions.moveLeadStageDefinition, "zuyuan", { leadId: lead.id, version: after.version, toStage: "started" });
    expect(started.ok).toBe(true);
    expect(await leadRow(lead.id)).toMatchObject({ stage: "started", signedOn: today, signedInvestment: 28_500 });
  });

  it("needs a reason to move back, keeps it on the lead, and stops follow-ups of a dropped lead", async () => {
    const lead = await newLead("退回终止", "zuyuan", { nextFollowUpOn: today });
    const forward = await act(leadActions.moveLeadStageDefinition, "zuyuan", { leadId: lead.id, version: 1, toStage: "inspecting" });
    expect(forward.ok).toBe(true);
    const back = await act(leadActions.moveLeadStageDefinition, "zuyuan", { leadId: lead.id, version: 2, toStage: "negotiating" });
    expect(back).toMatchObject({ ok: false, fieldErrors: { reason: ["pipeline.reasonRequired"] } });
    const withReason = await act(leadActions.moveLeadStageDefinition, "zuyuan", { leadId: lead.id, version: 2, toStage: "negotiating", reason: "企业选址重新比选" });
    expect(withReason.ok).toBe(true);
    expect(await leadRow(lead.id)).toMatchObject({ stage: "negotiating", stageReason: "企业选址重新比选" });
    const drop = await act(leadActions.moveLeadStageDefinition, "zuyuan", { leadId: lead.id, version: 3, toStage: "dropped", reason: "企业投资计划取消" });
    expect(drop.ok).toBe(true);
    expect(await leadRow(lead.id)).toMatchObject({ stage: "dropped", stageReason: "企业投资计划取消", nextFollowUpOn: null });
  });
});

describe("a bare stage change (the board's drag, the stage select)", () => {
  it("is no follow-up: 最近跟进 and 滞后 stay as they were, and the undo puts the stage back", async () => {
    const lead = await newLead("看板移动不算跟进");
    // Nothing has happened on the lead for 45 days: past the 30-day limit of its stage.
    const quiet = new Date(Date.now() - 45 * 86_400_000);
    await db.update(leads).set({ lastActivityAt: quiet, stageEnteredAt: quiet }).where(eq(leads.id, lead.id));
    const staleOnes = async (stage: "contact" | "negotiating") =>
      (await listLeads(people.zuyuan, { page: 1, pageSize: 100, sort: "lastActivityAt", dir: "desc", q: lead.name }, { ...noLeadFilters, stage, stale: true })).rows.map((r) => r.id);
    expect((await getLead(people.zuyuan, lead.id))?.isStale).toBe(true);
    expect(await staleOnes("contact")).toEqual([lead.id]);

    const moved = await mustSucceed(act(leadActions.moveLeadStageDefinition, "zuyuan", { leadId: lead.id, version: 1, toStage: "negotiating" }));
    expect(moved).toMatchObject({ stage: "negotiating", version: 2 });
    const after = await leadRow(lead.id);
    expect(after).toMatchObject({ stage: "negotiating", version: 2 });
    expect(+after.lastActivityAt).toBe(+quiet);
    expect(+after.stageEnteredAt).toBeGreaterThan(+quiet);
    // Still stale: on the lead page, in the table's 滞后 filter (SQL) and on the board's card.
    expect(await getLead(people.zuyuan, lead.id)).toMatchObject({ stage: "negotiating", isStale: true });
    expect(await staleOnes("negotiating")).toEqual([lead.id]);
    const column = await boardColumnPage(people.zuyuan, "negotiating", { ...noLeadFilters, owner: people.zuyuan.id }, { at: +quiet + 1, id: 0 }, 5);
    expect(column.leads.find((c) => c.id === lead.id)).toMatchObject({ isStale: true, version: 2 });
    // The move is on the timeline all the same.
    expect((await eventsOf(lead.id))[0]).toMatchObject({ kind: "stage", fromStage: "contact", toStage: "negotiating" });

    // 撤销 (the notice's button): a real move back with the new version and the board's reason.
    expect(undoableMove({ stage: "contact", signedOn: null, signedInvestment: null }, "negotiating")).toBe(true);
    const undone = await mustSucceed(act(leadActions.moveLeadStageDefinition, "zuyuan", { leadId: lead.id, version: moved.version, toStage: "contact", reason: "撤销看板上的移动" }));
    expect(undone).toMatchObject({ stage: "contact", version: 3 });
    const back = await leadRow(lead.id);
    expect(back).toMatchObject({ stage: "contact", stageReason: "撤销看板上的移动", signedOn: null, signedInvestment: null });
    expect(+back.lastActivityAt).toBe(+quiet);
    expect(await getLead(people.zuyuan, lead.id)).toMatchObject({ stage: "contact", isStale: true });
    expect(await staleOnes("contact")).toEqual([lead.id]);
    expect((await eventsOf(lead.id)).slice(0, 2).map((e) => [e.fromStage, e.toStage])).toEqual([["negotiating", "contact"], ["contact", "negotiating"]]);

    // News of the lead still counts: a progress entry makes it fresh.
    await mustSucceed(act(leadActions.addLeadLogDefinition, "zuyuan", { leadId: lead.id, kind: "call", body: "电话确认考察行程" }));
    expect((await getLead(people.zuyuan, lead.id))?.isStale).toBe(false);
  });
});

describe("two people saving one lead", () => {
  it("refuses the second save based on the old version, names who changed it, and overwrites nothing", async () => {
    const lead = await newLead("并发编辑");
    const first = await act(leadActions.updateLeadDefinition, "zuzhang", {
      leadId: lead.id,
      version: lead.version,
      name: lead.name,
      source: "task_group",
      plannedInvestment: 36_000,
    });
    expect(first.ok).toBe(true);
    const second = await act(leadActions.updateLeadDefinition, "zuyuan", {
      leadId: lead.id,
      version: lead.version,
      name: `${lead.name}（改）`,
      source: "chamber",
      plannedInvestment: 12_000,
    });
    expect(second).toMatchObject({ ok: false, code: "conflict" });
    expect(!second.ok && second.error).toContain(`该记录已被${people.zuzhang.name}于`);
    expect(await leadRow(lead.id)).toMatchObject({ name: lead.name, source: "task_group", plannedInvestment: 36_000, version: lead.version + 1 });
    const stageMove = await act(leadActions.moveLeadStageDefinition, "zuyuan", { leadId: lead.id, version: lead.version, toStage: "negotiating" });
    expect(stageMove).toMatchObject({ ok: false, code: "conflict" });
    expect((await leadRow(lead.id)).stage).toBe("contact");
  });

  it("writes an amount event for a changed amount and none for other fields", async () => {
    const lead = await newLead("金额调整");
    const events = (await eventsOf(lead.id)).length;
    const renamed = await act(leadActions.updateLeadDefinition, "zuyuan", { leadId: lead.id, version: 1, name: `${lead.name}二期`, source: "task_group", plannedInvestment: 30_000 });
    expect(renamed).toMatchObject({ ok: true, data: { changedFields: ["name"] } });
    expect((await eventsOf(lead.id)).length).toBe(events);
    const amount = await act(leadActions.updateLeadDefinition, "zuyuan", { leadId: lead.id, version: 2, name: `${lead.name}二期`, source: "task_group", plannedInvestment: 45_000 });
    expect(amount.ok).toBe(true);
    const [event] = await eventsOf(lead.id);
    expect(event).toMatchObject({ kind: "amount", field: "plannedInvestment", fromValue: "30000", toValue: "45000", actorId: people.zuyuan.id });
  });
});

describe("owners", () => {
  it("hands a lead to a member of its group, with an event naming both", async () => {
    const lead = await newLead("更换责任人");
    const result = await act(leadActions.changeLeadOwnerDefinition, "zuzhang", { leadId: lead.id, version: 1, ownerId: people.zy02b.id, note: "按区域调整分工" });
    expect(result.ok).toBe(true);
    expect(await leadRow(lead.id)).toMatchObject({ ownerId: people.zy02b.id, version: 2 });
    const [event] = await eventsOf(lead.id);
    expect(event).toMatchObject({ kind: "owner", fromValue: String(people.zuyuan.id), toValue: String(people.zy02b.id), body: "按区域调整分工" });
    const timeline = await leadTimeline(people.zuzhang, lead.id);
    expect(timeline[0]).toMatchObject({ kind: "owner", fromValue: people.zuyuan.name, toValue: people.zy02b.name, actorName: people.zuzhang.name });
  });

  it("refuses an owner outside the lead's task group, and a member reassigning", async () => {
    const lead = await newLead("组外责任人");
    const outsider = await act(leadActions.changeLeadOwnerDefinition, "zuzhang", { leadId: lead.id, version: 1, ownerId: people.zuyuan2.id });
    expect(outsider).toMatchObject({ ok: false, fieldErrors: { ownerId: ["leads.ownerNotInGroup"] } });
    const byMember = await act(leadActions.changeLeadOwnerDefinition, "zuyuan", { leadId: lead.id, version: 1, ownerId: people.zy02b.id });
    expect(byMember).toMatchObject({ ok: false, code: "forbidden" });
    expect((await leadRow(lead.id)).ownerId).toBe(people.zuyuan.id);
  });

  it("reassigns in bulk, all or nothing", async () => {
    const a = await newLead("批量一");
    const b = await newLead("批量二");
    const refused = await act(leadActions.reassignLeadsDefinition, "zuzhang", { leads: [{ id: a.id, version: 1 }, { id: b.id, version: 1 }], ownerId: people.zuyuan2.id });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { ownerId: ["leads.ownerNotInGroup"] } });
    const stale = await act(leadActions.reassignLeadsDefinition, "zuzhang", { leads: [{ id: a.id, version: 1 }, { id: b.id, version: 9 }], ownerId: people.zy02b.id });
    expect(stale).toMatchObject({ ok: false, code: "conflict" });
    expect((await leadRow(a.id)).ownerId).toBe(people.zuyuan.id);
    const done = await act(leadActions.reassignLeadsDefinition, "zuzhang", { leads: [{ id: a.id, version: 1 }, { id: b.id, version: 1 }], ownerId: people.zy02b.id });
    expect(done).toMatchObject({ ok: true, data: { changed: 2 } });
    for (const id of [a.id, b.id]) {
      expect((await leadRow(id)).ownerId).toBe(people.zy02b.id);
      expect((await eventsOf(id))[0].kind).toBe("owner");
    }
  });
});

describe("progress entries and instructions", () => {
  it("logs a follow-up with the next date and counts it as activity", async () => {
    const lead = await newLead("跟进记录");
    const next = toIsoDate(new Date(Date.now() + 7 * 86_400_000));
    const result = await act(leadActions.addLeadLogDefinition, "zuyuan", { leadId: lead.id, kind: "visit", body: "赴企业总部拜访", nextFollowUpOn: next });
    expect(result.ok).toBe(true);
    const after = await leadRow(lead.id);
    expect(after.nextFollowUpOn).toBe(next);
    expect(after.version).toBe(lead.version);
    expect(+after.lastActivityAt).toBeGreaterThanOrEqual(+lead.lastActivityAt);
    expect((await eventsOf(lead.id))[0]).toMatchObject({ kind: "visit", body: "赴企业总部拜访", toValue: next });
    const past = await act(leadActions.addLeadLogDefinition, "zuyuan", { leadId: lead.id, kind: "call", body: "电话联系", nextFollowUpOn: "2001-01-01" });
    expect(past).toMatchObject({ ok: false, fieldErrors: { nextFollowUpOn: ["leads.followUpPast"] } });
  });

  it("takes instructions (批示) from city leaders only, who move no stages", async () => {
    const lead = await newLead("领导批示");
    const instruction = await act(leadActions.addLeadLogDefinition, "shuji", { leadId: lead.id, kind: "instruction", body: "请抓紧推进，力争年内开工。" });
    expect(instruction.ok).toBe(true);
    expect((await eventsOf(lead.id))[0]).toMatchObject({ kind: "instruction", actorId: people.shuji.id });
    expect(+(await leadRow(lead.id)).lastActivityAt).toBe(+lead.lastActivityAt);
    const byGroupLead = await act(leadActions.addLeadLogDefinition, "zuzhang", { leadId: lead.id, kind: "instruction", body: "冒充批示" });
    expect(byGroupLead).toMatchObject({ ok: false, code: "forbidden" });
    const move = await act(leadActions.moveLeadStageDefinition, "shuji", { leadId: lead.id, version: 1, toStage: "negotiating" });
    expect(move).toMatchObject({ ok: false, code: "forbidden" });
    const note = await act(leadActions.addLeadLogDefinition, "shuji", { leadId: lead.id, kind: "note", body: "领导记备注" });
    expect(note).toMatchObject({ ok: false, code: "forbidden" });
  });
});

describe("scoping against crafted requests", () => {
  it("answers another group's lead id as if it did not exist, and changes nothing", async () => {
    const lead = await newLead("他组项目");
    const events = (await eventsOf(lead.id)).length;
    for (const who of ["zuyuan2", "zuzhang2"]) {
      expect(await getLead(people[who], lead.id)).toBeNull();
      expect(await leadTimeline(people[who], lead.id)).toEqual([]);
      const move = await act(leadActions.moveLeadStageDefinition, who, { leadId: lead.id, version: 1, toStage: "negotiating" });
      expect(move).toMatchObject({ ok: false, code: "not_found" });
      const log = await act(leadActions.addLeadLogDefinition, who, { leadId: lead.id, kind: "note", body: "越权记录" });
      expect(log).toMatchObject({ ok: false, code: "not_found" });
      const edit = await act(leadActions.updateLeadDefinition, who, { leadId: lead.id, version: 1, name: "越权修改", source: "other" });
      expect(edit).toMatchObject({ ok: false, code: "not_found" });
    }
    const owner = await act(leadActions.changeLeadOwnerDefinition, "zuzhang2", { leadId: lead.id, version: 1, ownerId: people.zuyuan2.id });
    expect(owner).toMatchObject({ ok: false, code: "not_found" });
    const bulk = await act(leadActions.reassignLeadsDefinition, "zuzhang2", { leads: [{ id: lead.id, version: 1 }], ownerId: people.zuyuan2.id });
    expect(bulk).toMatchObject({ ok: false, code: "not_found" });
    expect(await leadRow(lead.id)).toMatchObject({ stage: "contact", name: lead.name, ownerId: people.zuyuan.id, version: 1 });
    expect((await eventsOf(lead.id)).length).toBe(events);
  });

  it("gives a member no row of another group by table filter", async () => {
    const page = { page: 1, pageSize: 100, sort: null, dir: "asc" as const, q: "" };
    const filtered = await listLeads(people.zuyuan2, page, { ...noLeadFilters, group: electronics });
    expect(filtered).toEqual({ rows: [], total: 0, money: null });
    const byOwner = await listLeads(people.zuyuan2, page, { ...noLeadFilters, owner: people.zuyuan.id });
    expect(byOwner.total).toBe(0);
    const searched = await listLeads(people.zuyuan2, { ...page, q: run }, noLeadFilters);
    expect(searched.total).toBe(0);
    const own = await listLeads(people.zuyuan2, page, { ...noLeadFilters, group: equipment });
    expect(own.total).toBeGreaterThan(0);
  });

  it("lets a member change only the leads they own", async () => {
    const lead = await newLead("他人负责", "zy02b");
    const move = await act(leadActions.moveLeadStageDefinition, "zuyuan", { leadId: lead.id, version: 1, toStage: "negotiating" });
    expect(move).toMatchObject({ ok: false, code: "forbidden" });
    const log = await act(leadActions.addLeadLogDefinition, "zuyuan", { leadId: lead.id, kind: "call", body: "电话" });
    expect(log).toMatchObject({ ok: false, code: "forbidden" });
    expect(await getLead(people.zuyuan, lead.id)).toMatchObject({ id: lead.id, canChange: false, canReassign: false });
    const byOwner = await act(leadActions.moveLeadStageDefinition, "zy02b", { leadId: lead.id, version: 1, toStage: "negotiating" });
    expect(byOwner.ok).toBe(true);
  });

  it("lets secretaries and admins change any lead, and only admins set stale limits", async () => {
    const lead = await newLead("秘书推进");
    expect((await act(leadActions.moveLeadStageDefinition, "mishu", { leadId: lead.id, version: 1, toStage: "negotiating" })).ok).toBe(true);
    expect((await act(leadActions.moveLeadStageDefinition, "admin", { leadId: lead.id, version: 2, toStage: "inspecting" })).ok).toBe(true);
    const limits = { contact: 30, negotiating: 30, inspecting: 30, intent: 30, signed: 30, started: 30, operating: 30, on_hold: 30, dropped: "" };
    expect(await act(leadActions.setStaleLimitsDefinition, "zuzhang", limits)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await act(leadActions.setStaleLimitsDefinition, "admin", { ...limits, contact: 0 })).toMatchObject({ ok: false, code: "invalid" });
  });
});
