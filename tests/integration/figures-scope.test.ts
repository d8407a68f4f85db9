// Issue 11: every figure true for every role. 工作组 totals count every group's leads whoever asks;
// a member enters the month figures of their own signed leads (never another's, however the request
// is made); the group lead corrects them; every change is kept (audit row + the lead's timeline);
// the grid shows each lead's year to date and last month.
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, db } from "@/db/client";
import { monthFigureField, saveMonthFiguresDefinition } from "@/db/mutations/reports";
import { monthGrid } from "@/db/queries/reports";
import { listTaskGroups } from "@/db/queries/task-groups";
import { auditLog, companies, investmentReports, leadEvents, leads } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { readsGroupFigures } from "@/lib/auth/policy";
import { activeStages, signedStages } from "@/lib/domain/stages";
import { actionRunner, chineseMessages, groupNamed, insertLead, runSuffix, userNamed } from "./helpers";

const act = actionRunner(chineseMessages);
let zuzhang: CurrentUser;
let zuyuan: CurrentUser;
let groupId: number;
let ownLead: number;
let othersLead: number;
let companyId: number;
const suffix = runSuffix();

beforeAll(async () => {
  zuzhang = await userNamed("zuzhang");
  zuyuan = await userNamed("zuyuan");
  groupId = await groupNamed("电子信息产业推进工作组");
  const [company] = await db.select({ id: companies.id }).from(companies).orderBy(asc(companies.id)).limit(1);
  companyId = company.id;
  const signed = { companyId, taskGroupId: groupId, source: "task_group" as const, stage: "signed" as const, signedOn: "2025-12-10", signedInvestment: 30000 };
  ownLead = (await insertLead(zuzhang, { ...signed, name: `成员自有项目${suffix}`, ownerId: zuyuan.id })).id;
  othersLead = (await insertLead(zuzhang, { ...signed, name: `组长项目${suffix}`, ownerId: zuzhang.id })).id;
});

afterAll(async () => {
  await closeDatabase();
});

const row = (leadId: number, fixedAsset: number, fundsInPlace: number, version: number | null = null) => ({ leadId, fixedAsset, fundsInPlace, version });
const stored = async (leadId: number, monthOn: string) =>
  (
    await db
      .select({ fixedAsset: investmentReports.fixedAsset, fundsInPlace: investmentReports.fundsInPlace, version: investmentReports.version })
      .from(investmentReports)
      .where(and(eq(investmentReports.leadId, leadId), eq(investmentReports.monthOn, monthOn)))
  )[0] ?? null;

describe("工作组 totals", () => {
  it("counts every group's leads whoever asks, computed from the leads themselves", async () => {
    const all = await db
      .select({ taskGroupId: leads.taskGroupId, stage: leads.stage, signedInvestment: leads.signedInvestment })
      .from(leads);
    const groups = await listTaskGroups();
    expect(groups).toHaveLength(17);
    for (const group of groups) {
      const mine = all.filter((l) => l.taskGroupId === group.id);
      expect(group.activeLeads, group.name).toBe(mine.filter((l) => activeStages.includes(l.stage)).length);
      expect(group.signedLeads, group.name).toBe(mine.filter((l) => signedStages.includes(l.stage)).length);
      expect(group.signedInvestment, group.name).toBe(mine.filter((l) => signedStages.includes(l.stage)).reduce((sum, l) => sum + (l.signedInvestment ?? 0), 0));
    }
    // Groups the group lead is not in have real figures (the old scoped count said 0 for them).
    const others = groups.filter((g) => !zuzhang.groupIds.includes(g.id));
    expect(others.length).toBe(16);
    expect(others.some((g) => g.activeLeads > 0 && g.signedLeads > 0)).toBe(true);
  });

  it("moves with a lead added to another group", async () => {
    const other = await groupNamed("装备制造产业推进工作组");
    const before = (await listTaskGroups()).find((g) => g.id === other)!;
    const admin = await userNamed("admin");
    await insertLead(admin, { name: `装备新项目${suffix}`, companyId, taskGroupId: other, source: "task_group", stage: "signed", signedOn: "2026-01-05", signedInvestment: 12345 });
    const after = (await listTaskGroups()).find((g) => g.id === other)!;
    expect(after.signedLeads).toBe(before.signedLeads + 1);
    expect(after.signedInvestment).toBe(before.signedInvestment + 12345);
    // The 月报 of that group stays closed to the electronics group's people.
    expect(readsGroupFigures(zuzhang, other)).toBe(false);
    expect(readsGroupFigures(zuyuan, other)).toBe(false);
    expect(readsGroupFigures(zuzhang, groupId)).toBe(true);
  });
});

describe("a member's month figures", () => {
  it("saves the figures of the member's own lead, with an audit row and a timeline event", async () => {
    const result = await act(saveMonthFiguresDefinition, zuyuan, { taskGroupId: groupId, monthOn: "2026-02-01", rows: [row(ownLead, 120, 45)] });
    expect(result).toMatchObject({ ok: true, data: { saved: 1 } });
    expect(await stored(ownLead, "2026-02-01")).toMatchObject({ fixedAsset: 120, fundsInPlace: 45, version: 1 });
    const [audit] = await db
      .select({ actorId: auditLog.actorId, details: auditLog.details })
      .from(auditLog)
      .where(and(eq(auditLog.action, "investment_report.save_month"), eq(auditLog.actorId, zuyuan.id)))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(JSON.parse(audit.details!)).toMatchObject({ leadId: ownLead, monthOn: "2026-02-01", before: null, after: { fixedAsset: 120, fundsInPlace: 45 } });
    const events = await db
      .select({ kind: leadEvents.kind, field: leadEvents.field, fromValue: leadEvents.fromValue, toValue: leadEvents.toValue, actorId: leadEvents.actorId })
      .from(leadEvents)
      .where(and(eq(leadEvents.leadId, ownLead), eq(leadEvents.kind, "amount")));
    expect(events).toEqual(
      expect.arrayContaining([
        { kind: "amount", field: monthFigureField("fixedAsset", "2026-02-01"), fromValue: null, toValue: "120", actorId: zuyuan.id },
        { kind: "amount", field: monthFigureField("fundsInPlace", "2026-02-01"), fromValue: null, toValue: "45", actorId: zuyuan.id },
      ]),
    );
  });

  it("refuses another's lead, alone or slipped in beside the member's own, and keeps nothing", async () => {
    const alone = await act(saveMonthFiguresDefinition, zuyuan, { taskGroupId: groupId, monthOn: "2026-02-01", rows: [row(othersLead, 999, 999)] });
    expect(alone).toMatchObject({ ok: false, code: "forbidden" });
    const mixed = await act(saveMonthFiguresDefinition, zuyuan, {
      taskGroupId: groupId,
      monthOn: "2026-03-01",
      rows: [row(ownLead, 7, 7), row(othersLead, 999, 999)],
    });
    expect(mixed).toMatchObject({ ok: false, code: "forbidden" });
    expect(await stored(othersLead, "2026-02-01")).toBeNull();
    expect(await stored(ownLead, "2026-03-01")).toBeNull();
    // Another group's member cannot enter this group's figures at all.
    const stranger = await userNamed("zuzhang2");
    expect(await act(saveMonthFiguresDefinition, stranger, { taskGroupId: groupId, monthOn: "2026-02-01", rows: [row(ownLead, 1, 1, 1)] })).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("lets the group lead correct the member's figure, kept as history", async () => {
    const current = await stored(ownLead, "2026-02-01");
    const result = await act(saveMonthFiguresDefinition, zuzhang, { taskGroupId: groupId, monthOn: "2026-02-01", rows: [row(ownLead, 150, 45, current!.version)] });
    expect(result).toMatchObject({ ok: true, data: { saved: 1 } });
    expect(await stored(ownLead, "2026-02-01")).toMatchObject({ fixedAsset: 150, fundsInPlace: 45, version: 2 });
    const corrections = await db
      .select({ field: leadEvents.field, fromValue: leadEvents.fromValue, toValue: leadEvents.toValue })
      .from(leadEvents)
      .where(and(eq(leadEvents.leadId, ownLead), eq(leadEvents.actorId, zuzhang.id), eq(leadEvents.kind, "amount")));
    // Only the figure that changed has an event.
    expect(corrections).toEqual([{ field: "fixedAsset:2026-02", fromValue: "120", toValue: "150" }]);
  });

  it("shows each row's year to date and last month, and which rows the viewer may change", async () => {
    await act(saveMonthFiguresDefinition, zuyuan, { taskGroupId: groupId, monthOn: "2026-03-01", rows: [row(ownLead, 30, 5)] });
    await act(saveMonthFiguresDefinition, zuyuan, { taskGroupId: groupId, monthOn: "2025-12-01", rows: [row(ownLead, 1000, 1000)] });
    const months = await db
      .select({ monthOn: investmentReports.monthOn, fixedAsset: investmentReports.fixedAsset, fundsInPlace: investmentReports.fundsInPlace })
      .from(investmentReports)
      .where(inArray(investmentReports.leadId, [ownLead]));
    const before = (month: string) => months.filter((m) => String(m.monthOn) >= "2026-01-01" && String(m.monthOn) < month);
    const grid = (await monthGrid(zuyuan, groupId, "2026-04-01"))!;
    const mine = grid.rows.find((r) => r.leadId === ownLead)!;
    expect(mine.yearBefore).toEqual({
      fixedAsset: before("2026-04-01").reduce((s, m) => s + m.fixedAsset, 0),
      fundsInPlace: before("2026-04-01").reduce((s, m) => s + m.fundsInPlace, 0),
    });
    expect(mine.yearBefore).toEqual({ fixedAsset: 180, fundsInPlace: 50 }); // December 2025 is last year's
    expect(mine.lastMonth).toEqual({ fixedAsset: 30, fundsInPlace: 5 });
    expect(mine.editable).toBe(true);
    expect(grid.rows.find((r) => r.leadId === othersLead)?.editable).toBe(false);
    expect(grid.canEdit).toBe(true);
    const february = (await monthGrid(zuyuan, groupId, "2026-02-01"))!.rows.find((r) => r.leadId === ownLead)!;
    expect(february.lastMonth).toBeNull();
    expect(february.yearBefore).toEqual({ fixedAsset: 0, fundsInPlace: 0 });
    const asLead = (await monthGrid(zuzhang, groupId, "2026-04-01"))!;
    expect(asLead.rows.filter((r) => [ownLead, othersLead].includes(r.leadId)).every((r) => r.editable)).toBe(true);
  });
});
