import "server-only";
import { and, asc, count, eq, gte, inArray, isNotNull, lt, lte, sql, sum } from "drizzle-orm";
import { db } from "@/db/client";
import { districts, industries, leadEvents, leadSources, leads, reportMonthTotals, stageMoveCounts, taskGroups, type LeadSource, type Stage } from "@/db/schema";
import { monthOf, toNumber } from "@/db/sql-fragments";
import type { CurrentUser } from "@/lib/auth/current-user";
import { medianOfCounts, percentOfTarget } from "@/lib/domain/kpi";
import { reportSentence } from "@/lib/domain/report-card";
import { lastDayOfMonth, monthsOf, type Period } from "@/lib/domain/period";
import { signedStages } from "@/lib/domain/stages";
import { countLeads, stageTotals } from "./leads/counts";
import { type LeadFilters, leadFiltersToParams, noLeadFilters } from "@/lib/lead-filters";
import { chainRates, figuresByPartner } from "./promotion";
import { leadScope, reportTotalsScope } from "./scope";
import { targetsFor, type TargetFigures } from "./targets";
import { leaderTripFigures } from "./trips";
import { toIsoDate } from "@/lib/format";

// The leadership cockpit (工作台 of `leader` and `admin`) and the report card (答卷): the figures of
// docs/domain.md ("The figures (KPIs) of a period") for a period, within the viewer's lead scope. Every count comes with
// the leads-table link (same filters as parseLeadFilters reads) that lists exactly the leads behind it.

/** The leads table filtered to the given filters. */
export function leadsHref(filters: Partial<LeadFilters>): string {
  const query = new URLSearchParams(leadFiltersToParams({ ...noLeadFilters, ...filters })).toString();
  return query ? `/leads?${query}` : "/leads";
}

/** Filters of the leads introduced (signed or later, signing date in the dates). */
export const introducedFilters = (from: string, to: string): Partial<LeadFilters> => ({ signedFrom: from, signedTo: to });
/** Filters of the leads with monthly figures in the months. */
export const reportedFilters = (fromMonth: string, toMonth: string): Partial<LeadFilters> => ({ reportFrom: fromMonth, reportTo: toMonth });

const introducedIn = (from: string, to: string) =>
  and(inArray(leads.stage, [...signedStages]), gte(leads.signedOn, from), lte(leads.signedOn, to));
const reportsIn = (fromMonth: string, toMonth: string) =>
  and(gte(reportMonthTotals.monthOn, `${fromMonth}-01`), lte(reportMonthTotals.monthOn, `${toMonth}-01`));

export type Card = { value: number; target: number | null; percent: number | null; href: string | null };

function card(value: number, target: number | null, href: string | null): Card {
  return { value, target, percent: percentOfTarget(value, target), href };
}

const bandCase = (from: number | null, to: number | null) =>
  sql<number>`sum(case when ${and(from === null ? undefined : gte(leads.signedInvestment, from), to === null ? undefined : sql`${leads.signedInvestment} < ${to}`)} then 1 else 0 end)`;

const dimensions = { group: leads.taskGroupId, district: leads.districtId, industry: leads.industryId, source: leads.source };
/** The same dimensions as the monthly figures totals carry them (0 and '' there: not filled in). */
const reportDimensions = {
  group: sql<number | null>`nullif(${reportMonthTotals.taskGroupKey}, 0)`.mapWith(Number),
  district: sql<number | null>`nullif(${reportMonthTotals.districtKey}, 0)`.mapWith(Number),
  industry: sql<number | null>`nullif(${reportMonthTotals.industryKey}, 0)`.mapWith(Number),
  source: sql<LeadSource | null>`nullif(${reportMonthTotals.sourceKey}, '')`,
};

/**
 * What every figure of a period is summed from, cut by the four dimensions at once: the leads
 * introduced (count, signed amount, size bands) and the monthly figures reported. Two queries: one
 * pass over an index (leads_signed_figures_idx) and one over the kept monthly totals
 * (report_month_totals); the headline, the ranking and the four breakdowns are sums of their rows.
 */
export async function periodFacts(viewer: CurrentUser, period: Period) {
  const scope = leadScope(viewer);
  const [introduced, reported] = await Promise.all([
    db
      .select({ ...dimensions, n: count(), signed: sum(leads.signedInvestment), mid: bandCase(10_000, 50_000), large: bandCase(50_000, null) })
      .from(leads)
      .where(and(introducedIn(period.from, period.to), scope))
      .groupBy(leads.taskGroupId, leads.districtId, leads.industryId, leads.source),
    db
      .select({ ...reportDimensions, fixed: sum(reportMonthTotals.fixedAsset), funds: sum(reportMonthTotals.fundsInPlace) })
      .from(reportMonthTotals)
      .where(and(reportsIn(period.fromMonth, period.toMonth), reportTotalsScope(viewer)))
      .groupBy(reportMonthTotals.taskGroupKey, reportMonthTotals.districtKey, reportMonthTotals.industryKey, reportMonthTotals.sourceKey),
  ]);
  return {
    introduced: introduced.map((r) => ({ ...r, signed: toNumber(r.signed), mid: toNumber(r.mid), large: toNumber(r.large) })),
    reported: reported.map((r) => ({ ...r, fixed: toNumber(r.fixed), funds: toNumber(r.funds) })),
  };
}

export type PeriodFacts = Awaited<ReturnType<typeof periodFacts>>;

const total = <T>(rows: T[], value: (row: T) => number) => rows.reduce((n, r) => n + value(r), 0);

/** The headline figures of the period, each against the year's city target. */
export async function headlineFigures(viewer: CurrentUser, period: Period, now = new Date(), facts?: PeriodFacts) {
  const intro = introducedFilters(period.from, period.to);
  const reported = reportedFilters(period.fromMonth, period.toMonth);
  const [{ introduced, reported: reports }, trips, targets] = await Promise.all([
    facts ?? periodFacts(viewer, period),
    leaderTripFigures(period.from, period.to, toIsoDate(now)),
    targetsFor(period.year),
  ]);
  const t: TargetFigures | null = targets.hasTargets ? targets.city : null;
  return {
    introduced: card(total(introduced, (r) => r.n), t?.projects ?? null, leadsHref(intro)),
    from1to5: card(total(introduced, (r) => r.mid), null, leadsHref({ ...intro, bands: ["1to5"] })),
    over5: card(total(introduced, (r) => r.large), null, leadsHref({ ...intro, bands: ["5plus"] })),
    // The money cards open the table with that amount per lead and a 合计 equal to the card.
    signedInvestment: card(total(introduced, (r) => r.signed), t?.signedInvestment ?? null, leadsHref({ ...intro, sum: "signed" })),
    fixedAsset: card(total(reports, (r) => r.fixed), t?.fixedAsset ?? null, leadsHref({ ...reported, sum: "fixedAsset" })),
    fundsInPlace: card(total(reports, (r) => r.funds), t?.fundsInPlace ?? null, leadsHref({ ...reported, sum: "fundsInPlace" })),
    // The 答卷 counts the trips of the principal leaders; the second card all city leaders' trips.
    principalTrips: card(trips.principal.value, null, trips.principal.href),
    leaderTrips: card(trips.leaders.value, null, trips.leaders.href),
  };
}

export type Dimension = "district" | "group" | "industry" | "source";

export type BreakdownRow = {
  key: string;
  /** Id (district, group, industry) or source code; null: not filled in. */
  id: number | string | null;
  name: string | null;
  introduced: number;
  from1to5: number;
  over5: number;
  signedInvestment: number;
  fixedAsset: number;
  fundsInPlace: number;
  target: TargetFigures | null;
  /** Percent of the projects target reached. */
  percent: number | null;
  introducedHref: string | null;
  from1to5Href: string | null;
  over5Href: string | null;
  reportedHref: string | null;
};

async function dimensionNames(dimension: Dimension): Promise<{ id: number | string; name: string | null }[]> {
  if (dimension === "source") return leadSources.map((s) => ({ id: s, name: null }));
  const table = dimension === "district" ? districts : dimension === "group" ? taskGroups : industries;
  return db.select({ id: table.id, name: table.name }).from(table).orderBy(asc(table.sortOrder), asc(table.id));
}

/** The figures of the period cut by one dimension; every row of the dimension (zeros included), unset last when any. */
export async function breakdown(viewer: CurrentUser, period: Period, dimension: Dimension, facts?: PeriodFacts): Promise<BreakdownRow[]> {
  const [names, { introduced, reported }, targets] = await Promise.all([
    dimensionNames(dimension),
    facts ?? periodFacts(viewer, period),
    dimension === "group" || dimension === "district" ? targetsFor(period.year) : null,
  ]);
  const sumBy = <T extends Record<Dimension, number | string | null>>(rows: T[], values: (r: T) => Record<string, number>) => {
    const byKey = new Map<number | string | null, Record<string, number>>();
    for (const row of rows) {
      const key = row[dimension];
      const sums = byKey.get(key) ?? {};
      for (const [k, v] of Object.entries(values(row))) sums[k] = (sums[k] ?? 0) + v;
      byKey.set(key, sums);
    }
    return byKey;
  };
  const intro = sumBy(introduced, (r) => ({ n: r.n, signed: r.signed, mid: r.mid, large: r.large }));
  const reports = sumBy(reported, (r) => ({ fixed: r.fixed, funds: r.funds }));
  const targetList = targets ? (dimension === "group" ? targets.groups : targets.districts) : [];
  // The "未填写" row (id null) lists the leads that leave the field empty; a task group is never empty.
  const keyFilter = (id: number | string | null): Partial<LeadFilters> | null =>
    id === null
      ? dimension === "group"
        ? null
        : { unfilled: dimension }
      : dimension === "source"
        ? { source: id as LeadSource }
        : { [dimension]: id as number };
  const rowFor = (id: number | string | null, name: string | null): BreakdownRow => {
    const i = intro.get(id);
    const r = reports.get(id);
    const target = id === null ? null : (targetList.find((x) => x.id === id) ?? null);
    const introduced = i?.n ?? 0;
    const base = keyFilter(id);
    const intoHref = (extra: Partial<LeadFilters>) => (base ? leadsHref({ ...base, ...introducedFilters(period.from, period.to), ...extra }) : null);
    return {
      key: String(id ?? "none"),
      id,
      name,
      introduced,
      from1to5: i?.mid ?? 0,
      over5: i?.large ?? 0,
      signedInvestment: i?.signed ?? 0,
      fixedAsset: r?.fixed ?? 0,
      fundsInPlace: r?.funds ?? 0,
      target: target ? { projects: target.projects, signedInvestment: target.signedInvestment, fixedAsset: target.fixedAsset, fundsInPlace: target.fundsInPlace } : null,
      percent: percentOfTarget(introduced, target?.projects),
      introducedHref: intoHref({}),
      from1to5Href: intoHref({ bands: ["1to5"] }),
      over5Href: intoHref({ bands: ["5plus"] }),
      reportedHref: base ? leadsHref({ ...base, ...reportedFilters(period.fromMonth, period.toMonth) }) : null,
    };
  };
  const rows = names.map((n) => rowFor(n.id, n.name));
  const unset = rowFor(null, null);
  if (unset.introduced || unset.fixedAsset || unset.fundsInPlace) rows.push(unset);
  return rows;
}

/** The ranking (龙虎榜): rows with a target first by percent of the projects target, then by projects and amount. */
export function ranking(rows: BreakdownRow[]): BreakdownRow[] {
  return rows
    .filter((r) => r.id !== null)
    .toSorted(
      (a, b) =>
        (b.percent ?? -1) - (a.percent ?? -1) || b.introduced - a.introduced || b.signedInvestment - a.signedInvestment || String(a.name).localeCompare(String(b.name)),
    );
}

/** Month by month: projects introduced, signed investment, fixed-asset investment and funds in place. */
export async function monthlyTrend(viewer: CurrentUser, period: Period) {
  const signedMonth = monthOf(leads.signedOn);
  const reportMonth = monthOf(reportMonthTotals.monthOn);
  const [intro, reports] = await Promise.all([
    db
      .select({ month: signedMonth, n: count(), signed: sum(leads.signedInvestment) })
      .from(leads)
      .where(and(introducedIn(period.from, period.to), leadScope(viewer)))
      .groupBy(signedMonth),
    db
      .select({ month: reportMonth, fixed: sum(reportMonthTotals.fixedAsset), funds: sum(reportMonthTotals.fundsInPlace) })
      .from(reportMonthTotals)
      .where(and(reportsIn(period.fromMonth, period.toMonth), reportTotalsScope(viewer)))
      .groupBy(reportMonth),
  ]);
  return monthsOf(period).map((month) => {
    const i = intro.find((r) => r.month === month);
    const r = reports.find((x) => x.month === month);
    return {
      month,
      introduced: i?.n ?? 0,
      signedInvestment: toNumber(i?.signed),
      fixedAsset: toNumber(r?.fixed),
      fundsInPlace: toNumber(r?.funds),
      /** Monthly figures were reported for the month (else the chart leaves a gap, not a zero). */
      reported: r !== undefined,
      introducedHref: leadsHref(introducedFilters(`${month}-01`, lastDayOfMonth(month))),
      reportedHref: leadsHref(reportedFilters(month, month)),
    };
  });
}

/** The pipeline's forward stages, in order (on hold and dropped are off the funnel). */
export const funnelStages: readonly Stage[] = ["contact", "negotiating", "inspecting", "intent", "signed", "started", "operating"];

/** Stage moves that happened between the instants: the condition of the partial index that serves them. */
const stageMovesBetween = (from: Date, to: Date) =>
  and(sql`${leadEvents.kind} = 'stage'`, gte(leadEvents.occurredAt, from), lt(leadEvents.occurredAt, to));

/**
 * The funnel: leads now at each stage (with links), the share of leads that ever reached a stage and
 * went on to reach the next one (from each lead's furthest stage), and the median whole days spent
 * in a stage by the leads that left it during the period (from the days each stage event records:
 * for the whole city, their counts kept per month in stage_move_counts). Three aggregates; no event
 * row reaches this code.
 */
export async function funnel(viewer: CurrentUser, period: Period, now = new Date()) {
  const scope = leadScope(viewer);
  const from = new Date(`${period.from}T00:00:00+08:00`);
  const to = new Date(+new Date(`${period.to}T00:00:00+08:00`) + 24 * 3600_000);
  const daysColumns = { stage: leadEvents.fromStage, days: leadEvents.stageDays, n: count() };
  const [totals, reachedRows, dayCounts] = await Promise.all([
    stageTotals(viewer, {}, now),
    db
      .select({ stage: leads.furthestStage, n: count() })
      .from(leads)
      .where(and(isNotNull(leads.furthestStage), scope))
      .groupBy(leads.furthestStage),
    // Leaders read every lead: the kept counts of the period's months, without the events.
    scope
      ? db
          .select(daysColumns)
          .from(leadEvents)
          .innerJoin(leads, eq(leads.id, leadEvents.leadId))
          .where(and(stageMovesBetween(from, to), scope))
          .groupBy(leadEvents.fromStage, leadEvents.stageDays)
      : db
          .select({ stage: stageMoveCounts.fromStage, days: stageMoveCounts.stageDays, n: sql<number>`sum(${stageMoveCounts.moves})`.mapWith(Number) })
          .from(stageMoveCounts)
          .where(and(gte(stageMoveCounts.month, period.fromMonth), lte(stageMoveCounts.month, period.toMonth)))
          .groupBy(stageMoveCounts.fromStage, stageMoveCounts.stageDays),
  ]);
  const reachedAt = (i: number) => reachedRows.filter((r) => r.stage && funnelStages.indexOf(r.stage) >= i).reduce((n, r) => n + r.n, 0);
  const reached = funnelStages.map((_, i) => reachedAt(i));
  return totals.map((s) => {
    const i = funnelStages.indexOf(s.stage);
    const days = medianOfCounts(dayCounts.filter((r) => r.stage === s.stage && r.days !== null).map((r) => ({ value: r.days!, count: r.n })));
    return {
      stage: s.stage,
      count: s.count,
      amount: s.amount,
      href: leadsHref({ stage: s.stage }),
      reached: i >= 0 ? reached[i] : null,
      /** Percent of the leads that reached this stage and went on to the next forward stage. */
      conversion: i >= 0 && i < funnelStages.length - 1 && reached[i] > 0 ? Math.round((reached[i + 1] / reached[i]) * 1000) / 10 : null,
      medianDays: days === null ? null : Math.round(days * 10) / 10,
    };
  });
}

/** Stale and overdue counts, with their links. */
export async function attentionCounts(viewer: CurrentUser, now = new Date()) {
  const [stale, overdue] = await Promise.all([countLeads(viewer, { stale: true }, now), countLeads(viewer, { attention: "overdue" }, now)]);
  return {
    stale: { value: stale.count, href: leadsHref({ stale: true }) },
    overdue: { value: overdue.count, href: leadsHref({ attention: "overdue" }) },
  };
}


/** Everything the cockpit shows for the period, read concurrently. */
export async function cockpitData(viewer: CurrentUser, period: Period, now = new Date()) {
  const facts = periodFacts(viewer, period);
  const [cards, attention, trend, byDistrict, byGroup, byIndustry, bySource, partners, chains, stages] = await Promise.all([
    facts.then((f) => headlineFigures(viewer, period, now, f)),
    attentionCounts(viewer, now),
    monthlyTrend(viewer, period),
    facts.then((f) => breakdown(viewer, period, "district", f)),
    facts.then((f) => breakdown(viewer, period, "group", f)),
    facts.then((f) => breakdown(viewer, period, "industry", f)),
    facts.then((f) => breakdown(viewer, period, "source", f)),
    figuresByPartner(viewer, period),
    chainRates(viewer),
    funnel(viewer, period, now),
  ]);
  return { cards, attention, trend, byDistrict, byGroup, byIndustry, bySource, partners, chains, stages };
}

/** The report card (答卷): the opening figures and the tables by district and by task group. */
export async function reportCard(viewer: CurrentUser, period: Period, now = new Date()) {
  const facts = await periodFacts(viewer, period);
  const [cards, byDistrict, byGroup] = await Promise.all([
    headlineFigures(viewer, period, now, facts),
    breakdown(viewer, period, "district", facts),
    breakdown(viewer, period, "group", facts),
  ]);
  const figures = {
    introduced: cards.introduced.value,
    from1to5: cards.from1to5.value,
    over5: cards.over5.value,
    signedInvestment: cards.signedInvestment.value,
    fixedAsset: cards.fixedAsset.value,
    fundsInPlace: cards.fundsInPlace.value,
    leaderTrips: cards.principalTrips.value,
  };
  return { figures, byDistrict, byGroup, sentence: reportSentence(period, figures) };
}

/** Sum of the table rows (the 合计 line). */
export function totalOf(rows: BreakdownRow[]) {
  return rows.reduce(
    (s, r) => ({
      introduced: s.introduced + r.introduced,
      from1to5: s.from1to5 + r.from1to5,
      over5: s.over5 + r.over5,
      signedInvestment: s.signedInvestment + r.signedInvestment,
      fixedAsset: s.fixedAsset + r.fixedAsset,
      fundsInPlace: s.fundsInPlace + r.fundsInPlace,
      targetProjects: s.targetProjects + (r.target?.projects ?? 0),
    }),
    { introduced: 0, from1to5: 0, over5: 0, signedInvestment: 0, fixedAsset: 0, fundsInPlace: 0, targetProjects: 0 },
  );
}
