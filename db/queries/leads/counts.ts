// The number and amounts of the leads matching the filters (the dashboard, the board's column heads).
import "server-only";
import { and, count, eq, sql, sum } from "drizzle-orm";
import { db } from "@/db/client";
import { leads, leadStageTotals, stages } from "@/db/schema";
import { toNumber } from "@/db/sql-fragments";
import type { CurrentUser } from "@/lib/auth/current-user";
import { signedStages } from "@/lib/domain/stages";
import { noLeadFilters, type LeadFilters } from "@/lib/lead-filters";
import { stageTotalsScope } from "../scope";
import { filterContext, leadFilterConditions } from "./filters";

/** Number and summed amounts of the leads matching the filters, within scope. */
export async function countLeads(viewer: CurrentUser, filters: Partial<LeadFilters>, now = new Date()) {
  const ctx = await filterContext(now);
  const [row] = await db
    .select({ n: count(), signed: sum(leads.signedInvestment) })
    .from(leads)
    .where(and(...leadFilterConditions(viewer, { ...noLeadFilters, ...filters }, ctx)));
  return { count: row.n, signedAmount: toNumber(row.signed) };
}

/** Whether the filters narrow the leads beyond the scope and a task group (the stage aside). */
const narrowsBeyondGroup = (filters: LeadFilters) =>
  (Object.keys(noLeadFilters) as (keyof LeadFilters)[]).some(
    (key) => key !== "group" && key !== "stage" && JSON.stringify(filters[key]) !== JSON.stringify(noLeadFilters[key]),
  );

/**
 * Count and summed amount per stage, within the viewer's scope and the filters. Unfiltered (or by
 * task group only) they come from the totals the database keeps per group and stage
 * (lead_stage_totals); otherwise from the leads.
 */
export async function stageTotals(viewer: CurrentUser, filters: Partial<LeadFilters> = {}, now = new Date()) {
  const all = { ...noLeadFilters, ...filters, stage: null };
  const rows = narrowsBeyondGroup(all)
    ? await db
        .select({ stage: leads.stage, n: count(), planned: sum(leads.plannedInvestment), signed: sum(leads.signedInvestment) })
        .from(leads)
        .where(and(...leadFilterConditions(viewer, all, await filterContext(now))))
        .groupBy(leads.stage)
    : await db
        .select({
          stage: leadStageTotals.stage,
          n: sql<number>`sum(${leadStageTotals.leads})`.mapWith(Number),
          planned: sum(leadStageTotals.plannedInvestment),
          signed: sum(leadStageTotals.signedInvestment),
        })
        .from(leadStageTotals)
        .where(and(stageTotalsScope(viewer), all.group === null ? undefined : eq(leadStageTotals.taskGroupId, all.group)))
        .groupBy(leadStageTotals.stage);
  return stages.map((stage) => {
    const row = rows.find((r) => r.stage === stage);
    return {
      stage,
      count: row?.n ?? 0,
      // Signed and later stages are measured by the signed amount, earlier ones by the planned amount.
      amount: signedStages.includes(stage) ? toNumber(row?.signed) : toNumber(row?.planned),
    };
  });
}
