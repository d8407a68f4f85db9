// The figures the database keeps as their rows are written (migrations 0013, 0016): the monthly
// totals per month and lead dimension, the stage moves per month, the leads per group and stage, and
// the months each lead has figures for. Whatever is written, moved or deleted,
// each equals what it sums, read in one statement (so in one snapshot, whatever other tests write).
// And the leads table sorted by a column of few values (stage, group, owner) or by one a lead may
// leave empty (read in parts: the values, then the empty ones) pages exactly as one plain ORDER BY.
import { and, count, eq, gte, lte, ne, or, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDatabase, db, dialect } from "@/db/client";
import { moveLeadStageDefinition } from "@/db/mutations/lead-actions";
import { countLeads, stageTotals } from "@/db/queries/leads/counts";
import { filterContext } from "@/db/queries/leads/filters";
import { leadOrder, listLeads, tableQuery, viewCondition } from "@/db/queries/leads/table";
import { companies, districts, investmentReports, leadEvents, leads, taskGroups } from "@/db/schema";
import { containsText } from "@/db/sql-fragments";
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

/** The task groups and stages where the kept lead totals differ from the leads. */
const stageTotalsDrift = () =>
  rowsOf(sql`select task_group_id, stage, sum(n) as n, sum(p) as p, sum(s) as s from (
      select task_group_id, stage, 1 as n, coalesce(planned_investment, 0) as p, coalesce(signed_investment, 0) as s from leads
      union all
      select task_group_id, stage, -leads, -planned_investment, -signed_investment from lead_stage_totals
    ) as both_sides group by task_group_id, stage having sum(n) <> 0 or sum(p) <> 0 or sum(s) <> 0`);

/** The leads and years whose kept months differ from their monthly figures rows. */
function reportYearsDrift() {
  const [year, month] =
    dialect() === "postgres"
      ? [sql`extract(year from month_on)::integer`, sql`extract(month from month_on)::integer`]
      : [sql`cast(substr(month_on, 1, 4) as integer)`, sql`cast(substr(month_on, 6, 2) as integer)`];
  return rowsOf(sql`select k.year, k.lead_id, k.months, r.months as reported from lead_report_years k
      full join (select ${year} as year, lead_id, sum(1 << (${month} - 1)) as months from investment_reports group by 1, 2) r
      on r.year = k.year and r.lead_id = k.lead_id
    where coalesce(k.months, 0) <> coalesce(r.months, 0)`);
}

describe("figures kept by the database", () => {
  it("keeps the monthly totals equal to the monthly figures through writes, edits, a lead's move and deletes", async () => {
    expect(await reportTotalsDrift()).toEqual([]);
    expect(await reportYearsDrift()).toEqual([]);
    const lead = await insertLead(groupLead, { name: `留存合计-${runSuffix()}`, companyId, taskGroupId: groupId, source: "chain", stage: "signed", signedOn: "2026-03-02", signedInvestment: 20_000 });
    const [first, second] = await db
      .insert(investmentReports)
      .values([
        { leadId: lead.id, monthOn: "2026-03-01", fixedAsset: 1200, fundsInPlace: 300 },
        { leadId: lead.id, monthOn: "2026-04-01", fixedAsset: 800, fundsInPlace: 0 },
      ])
      .returning({ id: investmentReports.id });
    expect(await reportTotalsDrift()).toEqual([]);

    expect(await reportYearsDrift()).toEqual([]);
    await db.update(investmentReports).set({ fixedAsset: 1500, monthOn: "2027-05-01" }).where(eq(investmentReports.id, first.id));
    expect(await reportTotalsDrift()).toEqual([]);
    expect(await reportYearsDrift()).toEqual([]);
    // The leads with figures in a range of months: exactly those with a row in it, across years and open ends.
    for (const [from, to] of [["2026-04", "2026-04"], ["2026-03", "2026-03"], ["2026-05", "2027-05"], ["2026-06", "2027-04"], [null, "2026-04"], ["2027-01", null]] as const) {
      const { count } = await countLeads(secretary, { reportFrom: from, reportTo: to });
      const rows = await db
        .selectDistinct({ leadId: investmentReports.leadId })
        .from(investmentReports)
        .where(and(from ? gte(investmentReports.monthOn, `${from}-01`) : undefined, to ? lte(investmentReports.monthOn, `${to}-01`) : undefined));
      expect(count, `${from}..${to}`).toBe(rows.length);
      const ours = await countLeads(secretary, { reportFrom: from, reportTo: to, company: companyId });
      expect(ours.count > 0, `our lead in ${from}..${to}`).toBe(
        (from === null || from <= "2026-04") && (to === null || to >= "2026-04") || (from === null || from <= "2027-05") && (to === null || to >= "2027-05"),
      );
    }

    // The lead moves to another district: its rows (copied dimensions) and the totals follow.
    const [district] = await db.select({ id: districts.id }).from(districts).limit(1);
    await db.update(leads).set({ districtId: district.id }).where(eq(leads.id, lead.id));
    const [moved] = await db.select({ districtId: investmentReports.districtId }).from(investmentReports).where(eq(investmentReports.id, second.id));
    expect(moved.districtId).toBe(district.id);
    expect(await reportTotalsDrift()).toEqual([]);

    await db.delete(investmentReports).where(eq(investmentReports.id, second.id));
    expect(await reportTotalsDrift()).toEqual([]);
    expect(await reportYearsDrift()).toEqual([]);
    await db.delete(leads).where(eq(leads.id, lead.id));
    expect(await reportTotalsDrift()).toEqual([]);
    expect(await reportYearsDrift()).toEqual([]);
  });

  it("keeps the leads per group and stage equal to the leads through creation, moves, edits and deletion", async () => {
    expect(await stageTotalsDrift()).toEqual([]);
    const created = await insertLead(groupLead, { name: `留存看板-${runSuffix()}`, companyId, taskGroupId: groupId, source: "chain", plannedInvestment: 30_000 });
    expect(await stageTotalsDrift()).toEqual([]);
    const versionNow = async () => (await db.select({ version: leads.version }).from(leads).where(eq(leads.id, created.id)))[0].version;
    await mustSucceed(act(moveLeadStageDefinition, groupLead, { leadId: created.id, version: await versionNow(), toStage: "negotiating" }));
    expect(await stageTotalsDrift()).toEqual([]);
    const [other] = await db.select({ id: taskGroups.id }).from(taskGroups).where(ne(taskGroups.id, groupId)).limit(1);
    await db.update(leads).set({ taskGroupId: other.id, plannedInvestment: 45_000, signedInvestment: 12_000 }).where(eq(leads.id, created.id));
    expect(await stageTotalsDrift()).toEqual([]);
    // What the board and the funnel show, unfiltered and by group, equals the leads counted one by one.
    for (const group of [null, other.id]) {
      const shown = await stageTotals(secretary, { group });
      const counted = await db
        .select({ stage: leads.stage, n: count() })
        .from(leads)
        .where(group === null ? undefined : eq(leads.taskGroupId, group))
        .groupBy(leads.stage);
      for (const row of shown) expect(row.count, row.stage).toBe(counted.find((c) => c.stage === row.stage)?.n ?? 0);
    }
    await db.delete(leads).where(eq(leads.id, created.id));
    expect(await stageTotalsDrift()).toEqual([]);
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

describe("leads table sorted by parts", () => {
  it("pages by stage, task group, owner and the columns a lead may leave empty exactly as one ORDER BY of every lead", async () => {
    const now = new Date();
    const ctx = await filterContext(now);
    for (const viewer of [secretary, groupLead])
      for (const sort of ["stage", "group", "owner", "plannedInvestment", "signedInvestment", "signedOn", "nextFollowUpOn"] as const)
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

describe("leads table search", () => {
  /** The leads a plain "contains" over every lead's name and company name finds, counted one by one. */
  const containing = async (q: string) =>
    (
      await db
        .select({ id: leads.id })
        .from(leads)
        .innerJoin(companies, eq(companies.id, leads.companyId))
        .where(or(containsText(leads.name, q), containsText(companies.name, q)))
    ).length;

  it("finds exactly the leads whose name or company name contains the text, whatever its length and case", async () => {
    const suffix = runSuffix();
    const [company] = await db
      .insert(companies)
      .values({ name: `Ab锂电池检索${suffix}有限公司`, normalizedName: `ab锂电池检索${suffix}` })
      .returning({ id: companies.id });
    await insertLead(groupLead, { name: `XY储能检索项目${suffix}`, companyId: company.id, taskGroupId: groupId, source: "chain" });
    for (const q of ["华芯", "华", "锂电池", "ab锂", "AB锂", "xy储能", `检索${suffix}`, "不存在的名字", "项目"]) {
      const { total } = await listLeads(secretary, { page: 1, pageSize: 10, q, sort: null, dir: "desc" }, noLeadFilters);
      expect(total, q).toBe(await containing(q));
    }
    expect((await listLeads(secretary, { page: 1, pageSize: 10, q: `Ab锂电池检索${suffix}`, sort: null, dir: "desc" }, noLeadFilters)).total).toBe(1);

    // The company renamed: its leads are found by the new name only.
    await db.update(companies).set({ name: `新名称检索${suffix}`, normalizedName: `新名称检索${suffix}` }).where(eq(companies.id, company.id));
    const search = async (q: string) => (await listLeads(secretary, { page: 1, pageSize: 10, q, sort: null, dir: "desc" }, noLeadFilters)).total;
    expect(await search(`新名称检索${suffix}`)).toBe(1);
    expect(await search(`Ab锂电池检索${suffix}`)).toBe(0);
    // The lead renamed: likewise.
    await db.update(leads).set({ name: `改名项目${suffix}` }).where(eq(leads.companyId, company.id));
    expect(await search(`改名项目${suffix}`)).toBe(1);
    expect(await search(`XY储能检索项目${suffix}`)).toBe(0);
    await db.delete(leads).where(eq(leads.companyId, company.id));
    expect(await search(`改名项目${suffix}`)).toBe(0);
  });
});

