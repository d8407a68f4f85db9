// The SQL of the leads' filters (lib/lead-filters.ts), shared by the table, the board, the counts
// and the export; always within the viewer's scope (db/queries/scope.ts).
import "server-only";
import { and, eq, gt, gte, inArray, isNotNull, isNull, lt, lte, ne, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { agreements, leadReportYears, leads, stages, taskGroups, type Stage } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { LeadFilters } from "@/lib/lead-filters";
import { bandRanges, sizeBands } from "@/lib/domain/size-bands";
import { staleCutoff, type StaleLimits } from "@/lib/domain/stale";
import { signedStages } from "@/lib/domain/stages";
import { toIsoDate } from "@/lib/format";
import { auditDetailIds } from "@/db/sql-fragments";
import { leadsOfCondition } from "../related-leads";
import { leadScope } from "../scope";
import { loadStaleLimits } from "../stage-settings";

const workingStages: Stage[] = ["contact", "negotiating", "inspecting", "intent"];

const measured = sql<number | null>`coalesce(${leads.signedInvestment}, ${leads.plannedInvestment})`;

/** Stale leads in SQL: per stage, last activity before that stage's cutoff (stages sharing a limit share a test). */
export function staleCondition(limits: StaleLimits, now: Date, onlyStages: readonly Stage[] = stages): SQL {
  const byCutoff = new Map<number, Stage[]>();
  for (const stage of onlyStages) {
    const cutoff = staleCutoff(limits, stage, now);
    if (cutoff) byCutoff.set(+cutoff, [...(byCutoff.get(+cutoff) ?? []), stage]);
  }
  if (byCutoff.size === 0) return sql`1 = 0`;
  const parts = [...byCutoff].map(([cutoff, group]) =>
    and(group.length === 1 ? eq(leads.stage, group[0]) : inArray(leads.stage, group), lt(leads.lastActivityAt, new Date(cutoff))),
  );
  return parts.length === 1 ? parts[0]! : or(...parts)!;
}

/** A follow-up date that has passed, on a lead not dropped. */
export function overdueCondition(today: string): SQL {
  return and(isNotNull(leads.nextFollowUpOn), lt(leads.nextFollowUpOn, today), ne(leads.stage, "dropped"))!;
}

/** The bits of the months from..to (1–12) in a year's mask of lead_report_years (bit 0: January). */
const monthBits = (from: number, to: number) => ((1 << to) - 1) & ~((1 << (from - 1)) - 1);

/**
 * Leads with a monthly figures row in the months (YYYY-MM, both included; null: open), found in the
 * months the database keeps per lead and year (lead_report_years): one row per lead and year
 * instead of one per month.
 */
export function reportedIn(fromMonth: string | null, toMonth: string | null, inOrder = false): SQL {
  const y = leadReportYears.year;
  const any = sql`${leadReportYears.months} <> 0`;
  const within = (year: number, from: number, to: number) => and(eq(y, year), sql`(${leadReportYears.months} & ${monthBits(from, to)}) <> 0`);
  const [fromYear, fromMonthNo] = fromMonth ? fromMonth.split("-").map(Number) : [null, null];
  const [toYear, toMonthNo] = toMonth ? toMonth.split("-").map(Number) : [null, null];
  let condition: SQL | undefined;
  if (fromYear !== null && toYear !== null)
    condition =
      fromYear === toYear
        ? within(fromYear, fromMonthNo!, toMonthNo!)
        : or(within(fromYear, fromMonthNo!, 12), and(gt(y, fromYear), lt(y, toYear), any), within(toYear, 1, toMonthNo!));
  else if (fromYear !== null) condition = or(within(fromYear, fromMonthNo!, 12), and(gt(y, fromYear), any));
  else if (toYear !== null) condition = or(and(lt(y, toYear), any), within(toYear, 1, toMonthNo!));
  else condition = any;
  const reported = db.select({ id: leadReportYears.leadId }).from(leadReportYears).where(condition);
  // Read in the table's order, each lead is tested against the set (the unary + keeps SQLite from
  // fetching the set's 28,000 leads by id and sorting them for a page of twenty: 21 ms, 5 ms so).
  return inOrder ? sql`+${leads.id} in (${reported})` : inArray(leads.id, reported);
}

export type FilterContext = {
  today: string;
  now: Date;
  limits: StaleLimits;
  /** The partner filter's agreements, read beforehand: as values the planner sees how few leads have them. */
  partnerAgreements?: number[];
  /** The task groups the city leader of the leader filter heads, read beforehand likewise. */
  headedGroups?: number[];
  /** The conditions serve a page read in the table's order (not a count). */
  inOrder?: boolean;
};

/** The WHERE conditions of the filters, shared by the table, the board, the counts and the export. */
export function leadFilterConditions(viewer: CurrentUser, filters: LeadFilters, ctx: FilterContext): (SQL | undefined)[] {
  const conditions: (SQL | undefined)[] = [leadScope(viewer)];
  if (filters.stage) conditions.push(eq(leads.stage, filters.stage));
  if (filters.group !== null) conditions.push(eq(leads.taskGroupId, filters.group));
  if (filters.owner !== null) conditions.push(eq(leads.ownerId, filters.owner));
  if (filters.district !== null) conditions.push(eq(leads.districtId, filters.district));
  if (filters.industry !== null) conditions.push(eq(leads.industryId, filters.industry));
  if (filters.source) conditions.push(eq(leads.source, filters.source));
  if (filters.unfilled) conditions.push(isNull({ district: leads.districtId, industry: leads.industryId, source: leads.source }[filters.unfilled]));
  if (filters.leader !== null) {
    const headed = ctx.headedGroups ?? groupsHeadedBy(filters.leader);
    conditions.push(or(eq(leads.leaderId, filters.leader), inArray(leads.taskGroupId, headed)));
  }
  if (filters.bands.length > 0 && filters.bands.length < sizeBands.length) {
    conditions.push(
      or(
        ...filters.bands.map((band) => {
          const [from, to] = bandRanges[band];
          return and(from === null ? undefined : gte(measured, from), to === null ? undefined : lt(measured, to));
        }),
      ),
    );
  } else if (filters.bands.length === sizeBands.length) conditions.push(isNotNull(measured));
  if (filters.mine) conditions.push(eq(leads.ownerId, viewer.id));
  if (filters.attention === "active") conditions.push(inArray(leads.stage, workingStages));
  if (filters.attention === "overdue") conditions.push(overdueCondition(ctx.today));
  if (filters.stale) conditions.push(staleCondition(ctx.limits, ctx.now, filters.stage ? [filters.stage] : stages));
  if (filters.signedFrom || filters.signedTo) conditions.push(inArray(leads.stage, [...signedStages]));
  if (filters.signedFrom) conditions.push(gte(leads.signedOn, filters.signedFrom));
  if (filters.signedTo) conditions.push(lte(leads.signedOn, filters.signedTo));
  if (filters.reportFrom || filters.reportTo) conditions.push(reportedIn(filters.reportFrom, filters.reportTo, ctx.inOrder));
  if (filters.partner !== null) conditions.push(inArray(leads.agreementId, ctx.partnerAgreements ?? agreementsOf(filters.partner)));
  if (filters.trip !== null) conditions.push(leadsOfCondition({ trip: filters.trip }));
  if (filters.meeting !== null) conditions.push(leadsOfCondition({ meeting: filters.meeting }));
  if (filters.company !== null) conditions.push(leadsOfCondition({ company: filters.company }));
  // The leads an import of leads named: the ids its run recorded (scoped like every filter above).
  if (filters.importRun !== null) conditions.push(sql`${leads.id} in (${auditDetailIds(filters.importRun, "import.leads", "leadIds")})`);
  return conditions;
}

const agreementsOf = (partnerId: number) => db.select({ id: agreements.id }).from(agreements).where(eq(agreements.partnerId, partnerId));
const groupsHeadedBy = (leaderId: number) => db.select({ id: taskGroups.id }).from(taskGroups).where(eq(taskGroups.leaderId, leaderId));
const ids = (rows: { id: number }[]) => rows.map((r) => r.id);

/** The day, the moment and the stale limits the filters are measured against, and what `filters` refer to. */
export async function filterContext(now: Date, limits?: StaleLimits, filters?: LeadFilters): Promise<FilterContext> {
  const [stale, partnerAgreements, headedGroups] = await Promise.all([
    limits ?? loadStaleLimits(),
    filters?.partner != null ? agreementsOf(filters.partner).then(ids) : undefined,
    filters?.leader != null ? groupsHeadedBy(filters.leader).then(ids) : undefined,
  ]);
  return { today: toIsoDate(now), now, limits: stale, partnerAgreements, headedGroups };
}
