import "server-only";
import { inArray, sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { leads, leadStageTotals, reportMonthTotals } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { readsAllLeads } from "@/lib/auth/policy";

/** The rows of the task groups a user may read, by the group column given. */
function groupScope(user: CurrentUser, groupColumn: SQLiteColumn): SQL | undefined {
  if (readsAllLeads(user)) return undefined;
  if (user.groupIds.length === 0) return sql`1 = 0`;
  return inArray(groupColumn, user.groupIds);
}

/**
 * The leads a user may read, as a WHERE condition: admin, leader and secretary read all;
 * group leads and members only their task groups' leads. Every lead query includes it.
 */
export const leadScope = (user: CurrentUser) => groupScope(user, leads.taskGroupId);

/**
 * The same scope over the figures the database keeps per task group (docs/architecture.md, "Figures
 * the database keeps"): the monthly totals per month and lead dimension, and the leads per stage.
 */
export const reportTotalsScope = (user: CurrentUser) => groupScope(user, reportMonthTotals.taskGroupKey);
export const stageTotalsScope = (user: CurrentUser) => groupScope(user, leadStageTotals.taskGroupId);
