// The reads of the leads table, the board, the export and 督办 on the demo city: filters and sorts
// done in SQL, board columns paged by cursor, totals that follow a move, stale limits per stage.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, db } from "@/db/client";
import { createLeadDefinition, moveLeadStageDefinition, setStaleLimitsDefinition } from "@/db/mutations/lead-actions";
import { boardColumnPage, boardData } from "@/db/queries/leads/board";
import { countLeads, stageTotals } from "@/db/queries/leads/counts";
import { decodeCursor } from "@/lib/board-cursor";
import { leadFiltersToParams, noLeadFilters, parseLeadFilters } from "@/lib/lead-filters";
import { exportLeads } from "@/db/queries/leads/export";
import { leadFilterOptions } from "@/db/queries/leads/options";
import { leadSortable, listLeads } from "@/db/queries/leads/table";
import { loadStaleLimits } from "@/db/queries/stage-settings";
import { attentionLeads, supervisionSummary } from "@/db/queries/supervision";
import { companies, leads, stageSettings } from "@/db/schema";
import { runAction } from "@/lib/actions/run-action";
import type { CurrentUser } from "@/lib/auth/current-user";
import { bandOf, measuredAmount } from "@/lib/domain/size-bands";
import { defaultStaleLimits, isStale } from "@/lib/domain/stale";
import { toIsoDate } from "@/lib/format";
import { groupNamed, messages, mustSucceed, runSuffix, userNamed } from "./helpers";

const page = { page: 1, pageSize: 100, sort: null, dir: "asc" as const, q: "" };
const run = runSuffix();
let admin: CurrentUser;
let zuzhang: CurrentUser;
let zuyuan: CurrentUser;
let electronics = 0;

beforeAll(async () => {
  [admin, zuzhang, zuyuan] = await Promise.all(["admin", "zuzhang", "zuyuan"].map(userNamed));
  electronics = await groupNamed("电子信息产业推进工作组");
});

afterAll(async () => {
  await db.delete(stageSettings).where(eq(stageSettings.stage, "operating"));
  await closeDatabase();
});

describe("the URL's filters", () => {
  it("parse what a bookmark holds and write it back the same", () => {
    const filters = parseLeadFilters({ stage: "negotiating", group: "3", band: "5plus,1to5,bogus", stale: "1", signedFrom: "2026-01-01", owner: "x" });
    expect(filters).toMatchObject({ stage: "negotiating", group: 3, bands: ["1to5", "5plus"], stale: true, signedFrom: "2026-01-01", owner: null });
    expect(leadFiltersToParams(filters)).toEqual({ stage: "negotiating", group: "3", band: "1to5,5plus", stale: "1", signedFrom: "2026-01-01" });
    // Links saved before the per-stage limits still work.
    expect(parseLeadFilters({ attention: "stale" })).toMatchObject({ stale: true, attention: null });
  });
});

describe("the leads table", () => {
  it("filters by group, stage and size band and sorts, all in SQL", async () => {
    const filters = { ...noLeadFilters, group: electronics, bands: ["1to5" as const, "5plus" as const] };
    const { rows, total } = await listLeads(zuzhang, { ...page, sort: "plannedInvestment", dir: "desc" }, filters);
    expect(total).toBeGreaterThan(0);
    expect(rows.every((r) => r.taskGroupId === electronics && (measuredAmount(r) ?? 0) >= 10_000)).toBe(true);
    const amounts = rows.map((r) => r.plannedInvestment ?? -1);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    // Every lead of the group, however many earlier test files added (not just the first page).
    const all = await listLeads(zuzhang, { ...page, pageSize: 100_000 }, { ...noLeadFilters, group: electronics });
    const expected = all.rows.filter((r) => ["1to5", "5plus"].includes(bandOf(measuredAmount(r)) ?? ""));
    expect(total).toBe(expected.length);
  });

  it("sorts by every sortable column both ways on this database, empty values last", async () => {
    for (const sort of Object.keys(leadSortable) as (keyof typeof leadSortable)[]) {
      for (const dir of ["asc", "desc"] as const) {
        const result = await listLeads(admin, { ...page, pageSize: 20, sort, dir }, noLeadFilters);
        expect(result.rows).toHaveLength(20);
      }
    }
    const bySigned = await listLeads(admin, { ...page, pageSize: 100, sort: "signedOn", dir: "asc" }, noLeadFilters);
    const firstNull = bySigned.rows.findIndex((r) => r.signedOn === null);
    if (firstNull >= 0) expect(bySigned.rows.slice(firstNull).every((r) => r.signedOn === null)).toBe(true);
    const byStage = await listLeads(admin, { ...page, pageSize: 100, sort: "stage", dir: "asc" }, noLeadFilters);
    expect(byStage.rows[0].stage).toBe("contact");
  });

  it("filters by owner, district, source, signing dates, overdue and stale", async () => {
    const today = toIsoDate(new Date());
    const mine = await listLeads(zuyuan, page, { ...noLeadFilters, owner: zuyuan.id });
    expect(mine.total).toBeGreaterThan(0);
    expect(mine.rows.every((r) => r.ownerId === zuyuan.id)).toBe(true);
    const signed = await listLeads(admin, page, { ...noLeadFilters, signedFrom: `${today.slice(0, 4)}-01-01`, signedTo: today });
    expect(signed.rows.every((r) => r.signedOn! >= `${today.slice(0, 4)}-01-01` && ["signed", "started", "operating"].includes(r.stage))).toBe(true);
    const overdue = await listLeads(admin, page, { ...noLeadFilters, attention: "overdue" });
    expect(overdue.total).toBeGreaterThan(0);
    expect(overdue.rows.every((r) => r.nextFollowUpOn! < today && r.stage !== "dropped")).toBe(true);
    const stale = await listLeads(admin, page, { ...noLeadFilters, stale: true });
    expect(stale.total).toBeGreaterThan(0);
    expect(stale.rows.every((r) => r.isStale)).toBe(true);
    const options = await leadFilterOptions(admin);
    const source = await listLeads(admin, page, { ...noLeadFilters, source: "chain", district: options.districts[0].id });
    expect(source.rows.every((r) => r.source === "chain" && r.districtName === options.districts[0].name)).toBe(true);
    expect(options.groups).toHaveLength(17);
    expect((await leadFilterOptions(zuyuan)).groups.map((g) => g.id)).toEqual([electronics]);
  });

  it("exports every row of the view, in the table's order", async () => {
    const filters = { ...noLeadFilters, group: electronics };
    const listed = await listLeads(zuzhang, { ...page, pageSize: 100_000, sort: "name", dir: "asc" }, filters);
    const exported = await exportLeads(zuzhang, { sort: "name", dir: "asc", q: "" }, filters);
    expect(exported.truncated).toBe(false);
    expect(exported.rows.map((r) => r.id)).toEqual(listed.rows.map((r) => r.id));
    const outsider = await exportLeads(await userNamed("zuyuan2"), { sort: null, dir: "asc", q: "" }, filters);
    expect(outsider.rows).toEqual([]);
  });
});

describe("the board", () => {
  it("pages each column by cursor without gaps or repeats", async () => {
    const full = await boardColumnPage(admin, "negotiating", noLeadFilters, null, 1000);
    const seen: number[] = [];
    let cursor = null;
    do {
      const next: Awaited<ReturnType<typeof boardColumnPage>> = await boardColumnPage(admin, "negotiating", noLeadFilters, cursor, 3);
      seen.push(...next.leads.map((l) => l.id));
      cursor = decodeCursor(next.nextCursor);
    } while (cursor);
    expect(seen).toEqual(full.leads.map((l) => l.id));
    expect(seen.length).toBe((await countLeads(admin, { stage: "negotiating" })).count);
  });

  it("moves totals with a move, and filters columns like the table", async () => {
    const [company] = await db.select({ id: companies.id }).from(companies).limit(1);
    const created = await mustSucceed(
      runAction(
        createLeadDefinition,
        zuzhang,
        { name: `看板合计-${run}`, companyId: company.id, taskGroupId: electronics, ownerId: zuyuan.id, source: "chain", plannedInvestment: 88_000, stage: "intent" },
        messages,
      ),
    );
    const filters = { ...noLeadFilters, group: electronics };
    const before = await boardData(zuzhang, filters);
    const intent = before.find((c) => c.stage === "intent")!;
    expect(intent.leads[0].id).toBe(created.id);
    const moved = await runAction(
      moveLeadStageDefinition,
      zuyuan,
      { leadId: created.id, version: 1, toStage: "signed", signedOn: toIsoDate(new Date()), signedInvestment: 80_000 },
      messages,
    );
    expect(moved.ok).toBe(true);
    const after = await boardData(zuzhang, filters);
    const col = (data: typeof after, stage: string) => data.find((c) => c.stage === stage)!;
    expect(col(after, "intent")).toMatchObject({ count: intent.count - 1, amount: intent.amount - 88_000 });
    expect(col(after, "signed")).toMatchObject({ count: col(before, "signed").count + 1, amount: col(before, "signed").amount + 80_000 });
    expect(col(after, "signed").leads[0]).toMatchObject({ id: created.id, canMove: true });
    expect(after.flatMap((c) => c.leads).every((l) => l.taskGroupId === electronics)).toBe(true);
    const totals = await stageTotals(zuzhang, filters);
    expect(totals.map((t) => t.count)).toEqual(after.map((c) => c.count));
    // A leader reads the board and moves nothing.
    const leaderBoard = await boardData(await userNamed("shuji"), filters);
    expect(leaderBoard.flatMap((c) => c.leads).some((l) => l.canMove)).toBe(false);
  });
});

describe("stale limits and 督办", () => {
  it("marks stale by the stage's own limit once the admin sets one", async () => {
    expect(await loadStaleLimits()).toEqual(defaultStaleLimits);
    const now = new Date();
    const operating = await listLeads(admin, page, { ...noLeadFilters, stage: "operating" });
    const stale30 = operating.rows.filter((r) => isStale(r, defaultStaleLimits, now)).length;
    const limits = { ...defaultStaleLimits, operating: 3650, dropped: "" };
    expect((await runAction(setStaleLimitsDefinition, admin, limits, messages)).ok).toBe(true);
    expect((await loadStaleLimits()).operating).toBe(3650);
    const relaxed = await listLeads(admin, page, { ...noLeadFilters, stage: "operating", stale: true });
    expect(relaxed.total).toBe(0);
    expect((await listLeads(admin, page, { ...noLeadFilters, stage: "operating" })).rows.some((r) => r.isStale)).toBe(false);
    expect((await runAction(setStaleLimitsDefinition, admin, { ...defaultStaleLimits, dropped: "" }, messages)).ok).toBe(true);
    expect((await listLeads(admin, page, { ...noLeadFilters, stage: "operating", stale: true })).total).toBe(stale30);
  });

  it("counts overdue and stale per group and per owner, the same as the lists", async () => {
    const summary = await supervisionSummary(admin);
    const overdue = await attentionLeads(admin, "overdue", { limit: 1000 });
    const stale = await attentionLeads(admin, "stale", { limit: 1000 });
    expect(summary.overdue).toBe(overdue.total);
    expect(summary.stale).toBe(stale.total);
    expect(summary.byOwner.reduce((n, o) => n + o.overdue, 0)).toBe(overdue.total);
    expect(summary.overdue).toBe((await countLeads(admin, { attention: "overdue" })).count);
    const group = await supervisionSummary(zuzhang);
    expect(group.byGroup.map((g) => g.groupId)).toEqual(group.byGroup.length ? [electronics] : []);
    const own = await attentionLeads(zuyuan, "overdue", { ownerId: zuyuan.id });
    const ownLeads = await db.select({ id: leads.id }).from(leads).where(eq(leads.ownerId, zuyuan.id));
    const ownIds = new Set(ownLeads.map((l) => l.id));
    expect(own.rows.every((r) => ownIds.has(r.id))).toBe(true);
  });
});
