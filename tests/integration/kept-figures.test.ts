// The figures the database keeps as their rows are written (migration 0013): the monthly totals per
// month and lead dimension, and the stage moves per month. Whatever is written, moved or deleted,
// each equals what it sums, read in one statement (so in one snapshot, whatever other tests write).
// And the leads table sorted by a column of few values (stage, group, owner) pages exactly as a
// plain ORDER BY of every lead would.
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, db, dialect } from "@/db/client";
import { moveLeadStageDefinition } from "@/db/mutations/lead-actions";
import { filterContext } from "@/db/queries/leads/filters";
import { leadOrder, listLeads, tableQuery, viewCondition } from "@/db/queries/leads/table";
import { districts, investmentReports, leadEvents, leads } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { noLeadFilters } from "@/lib/lead-filters";
import { actionRunner, companyNamed, groupNamed, insertLead, messages, mustSucceed, runSuffix, userNamed } from "./helpers";

const act = actionRunner(messages);
let groupLead: CurrentUser;
let secretary: CurrentUser;
let groupId: number;
let companyId: number;

beforeAll(async () => {
  [groupLead, secretary] = await Promise.all([userNamed("zuzhang"), userNamed("mishu")]);
  groupId = await groupNamed("电子信息产业推进工作组");
  companyId = await companyNamed("深圳华芯微电子股份有限公司");
});

afterAll(async () => {
  await closeDatabase();
});

/** Rows of one statement, on either database. */
async function rowsOf(query: ReturnType<typeof sql>): Promise<Record<string, unknown>[]> {
  if (dialect() === "postgres") return (await (db as unknown as { execute: (q: typeof query) => Promise<{ rows: Record<string, unknown>[] }> }).execute(query)).rows;
  return (db as unknown as { all: (q: typeof query) => Promise<Record<string, unknown>[]> }).all(query);
}

/** The cuts where the kept monthly totals differ from the monthly figures rows. */
const reportTotalsDrift = () =>
  rowsOf(sql`select month_on, g, d, i, s, sum(f) as f, sum(p) as p from (
      select month_on, coalesce(task_group_id, 0) as g, coalesce(district_id, 0) as d, coalesce(industry_id, 0) as i, coalesce(source, '') as s, fixed_asset as f, funds_in_place as p from investment_reports
      union all
      select month_on, task_group_key, district_key, industry_key, source_key, -fixed_asset, -funds_in_place from report_month_totals
    ) as both_sides group by month_on, g, d, i, s having sum(f) <> 0 or sum(p) <> 0`);

/** The cuts where the kept stage move counts differ from the stage events. */
function stageCountsDrift() {
  const month =
    dialect() === "postgres" ? sql`to_char(occurred_at at time zone 'Asia/Shanghai', 'YYYY-MM')` : sql`strftime('%Y-%m', occurred_at / 1000 + 28800, 'unixepoch')`;
  return rowsOf(sql`select month, from_stage, stage_days, sum(n) as n from (
      select ${month} as month, from_stage, stage_days, 1 as n from lead_events where kind = 'stage' and from_stage is not null and stage_days is not null
      union all
      select month, from_stage, stage_days, -moves from stage_move_counts
    ) as both_sides group by month, from_stage, stage_days having sum(n) <> 0`);
}

describe("figures kept by the database", () => {
  it("keeps the monthly totals equal to the monthly figures through writes, edits, a lead's move and deletes", async () => {
    expect(await reportTotalsDrift()).toEqual([]);
    const lead = await insertLead(groupLead, { name: `留存合计-${runSuffix()}`, companyId, taskGroupId: groupId, source: "chain", stage: "signed", signedOn: "2026-03-02", signedInvestment: 20_000 });
    const [first, second] = await db
      .insert(investmentReports)
      .values([
        { leadId: lead.id, monthOn: "2026-03-01", fixedAsset: 1200, fundsInPlace: 300 },
        { leadId: lead.id, monthOn: "2026-04-01", fixedAsset: 800, fundsInPlace: 0 },
      ])
      .returning({ id: investmentReports.id });
    expect(await reportTotalsDrift()).toEqual([]);

    await db.update(investmentReports).set({ fixedAsset: 1500, monthOn: "2026-05-01" }).where(eq(investmentReports.id, first.id));
    expect(await reportTotalsDrift()).toEqual([]);

    // The lead moves to another district: its rows (copied dimensions) and the totals follow.
    const [district] = await db.select({ id: districts.id }).from(districts).limit(1);
    await db.update(leads).set({ districtId: district.id }).where(eq(leads.id, lead.id));
    const [moved] = await db.select({ districtId: investmentReports.districtId }).from(investmentReports).where(eq(investmentReports.id, second.id));
    expect(moved.districtId).toBe(district.id);
    expect(await reportTotalsDrift()).toEqual([]);

    await db.delete(investmentReports).where(eq(investmentReports.id, second.id));
    expect(await reportTotalsDrift()).toEqual([]);
    await db.delete(leads).where(eq(leads.id, lead.id));
    expect(await reportTotalsDrift()).toEqual([]);
  });

  it("keeps the stage move counts equal to the stage events through moves, back-dating and a lead's deletion", async () => {
    expect(await stageCountsDrift()).toEqual([]);
    const created = await insertLead(groupLead, { name: `留存阶段-${runSuffix()}`, companyId, taskGroupId: groupId, source: "chain" });
    const versionNow = async () => (await db.select({ version: leads.version }).from(leads).where(eq(leads.id, created.id)))[0].version;
    await mustSucceed(act(moveLeadStageDefinition, groupLead, { leadId: created.id, version: await versionNow(), toStage: "negotiating" }));
    await mustSucceed(act(moveLeadStageDefinition, groupLead, { leadId: created.id, version: await versionNow(), toStage: "inspecting" }));
    const events = await db.select({ id: leadEvents.id }).from(leadEvents).where(and(eq(leadEvents.leadId, created.id), eq(leadEvents.kind, "stage")));
    expect(events.length).toBeGreaterThanOrEqual(2);
    expect(await stageCountsDrift()).toEqual([]);

    // Moved into another month (China time) and given other days: the counts follow.
    await db.update(leadEvents).set({ occurredAt: new Date("2026-01-31T17:00:00Z"), stageDays: 40 }).where(eq(leadEvents.id, events[0].id));
    expect(await stageCountsDrift()).toEqual([]);

    await db.delete(leads).where(eq(leads.id, created.id));
    expect(await stageCountsDrift()).toEqual([]);
  });
});

describe("leads table sorted by a column of few values", () => {
  it("pages by stage, task group and owner exactly as one ORDER BY of every lead", async () => {
    const now = new Date();
    const ctx = await filterContext(now);
    for (const viewer of [secretary, groupLead])
      for (const sort of ["stage", "group", "owner"] as const)
        for (const dir of ["asc", "desc"] as const)
          for (const q of ["", "华"])
            for (const page of [1, 2, 3]) {
              const params = { page, pageSize: 10, q, sort, dir };
              const shown = (await listLeads(viewer, params, noLeadFilters, now)).rows.map((r) => r.id);
              const expected = (
                await tableQuery(viewCondition(viewer, noLeadFilters, q, ctx))
                  .orderBy(...leadOrder(params))
                  .limit(10)
                  .offset((page - 1) * 10)
              ).map((r) => r.id);
              expect(shown, `${viewer.username} ${sort} ${dir} "${q}" page ${page}`).toEqual(expected);
            }
  });
});
