import "server-only";
import { inArray, sql, type SQL } from "drizzle-orm";
import { leads, reportMonthTotals } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { readsAllLeads } from "@/lib/auth/policy";

/**
 * The leads a user may read, as a WHERE condition: admin, leader and secretary read all;
 * group leads and members only their task groups' leads. Every lead query includes it.
 */
export function leadScope(user: CurrentUser): SQL | undefined {
  if (readsAllLeads(user)) return undefined;
  if (user.groupIds.length === 0) return sql`1 = 0`;
  return inArray(leads.taskGroupId, user.groupIds);
}

/**
 * The same scope over the monthly figures summed per month and lead dimension (report_month_totals,
 * kept by the database: migration 0013), by the task group of the leads summed in each row, so that
 * a period's figures need not read the leads nor every lead's month.
 */
export function reportTotalsScope(user: CurrentUser): SQL | undefined {
  if (readsAllLeads(user)) return undefined;
  if (user.groupIds.length === 0) return sql`1 = 0`;
  return inArray(reportMonthTotals.taskGroupKey, user.groupIds);
}
