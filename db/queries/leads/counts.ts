// The number and amounts of the leads matching the filters (the dashboard, the board's column heads).
import "server-only";
import { and, count, sum } from "drizzle-orm";
import { db } from "@/db/client";
import { leads, stages } from "@/db/schema";
import { toNumber } from "@/db/sql-fragments";
import type { CurrentUser } from "@/lib/auth/current-user";
import { signedStages } from "@/lib/domain/stages";
import { noLeadFilters, type LeadFilters } from "@/lib/lead-filters";
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

/** Count and summed amount per stage, within the viewer's scope and the filters. */
export async function stageTotals(viewer: CurrentUser, filters: Partial<LeadFilters> = {}, now = new Date()) {
  const ctx = await filterContext(now);
  const rows = await db
    .select({
      stage: leads.stage,
      n: count(),
      planned: sum(leads.plannedInvestment),
      signed: sum(leads.signedInvestment),
    })
    .from(leads)
    .where(and(...leadFilterConditions(viewer, { ...noLeadFilters, ...filters, stage: null }, ctx)))
    .groupBy(leads.stage);
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
