import "server-only";
import { inArray, sql, type SQL } from "drizzle-orm";
import { investmentReports, leads } from "@/db/schema";
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
 * The same scope over monthly figures rows, by the task group each row carries for its lead (kept
 * by the database: migration 0011), so that a period's figures need not read the leads.
 */
export function reportScope(user: CurrentUser): SQL | undefined {
  if (readsAllLeads(user)) return undefined;
  if (user.groupIds.length === 0) return sql`1 = 0`;
  return inArray(investmentReports.taskGroupId, user.groupIds);
}
