// The export of the leads table: every row of the current view, with the long texts.
import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { isStale } from "@/lib/domain/stale";
import type { LeadFilters } from "@/lib/lead-filters";
import type { ListParams } from "@/lib/list-params";
import { filterContext } from "./filters";
import { leadOrder, moneyOfView, tableQuery, viewCondition } from "./table";
import type { LeadSort } from "@/lib/lead-sort";

/** Most rows one export writes (the file says so when the view holds more). */
export const exportLimit = 50_000;

/** Every row of the current view (same scope, filters and order as the table), for the export. */
export async function exportLeads(viewer: CurrentUser, params: Pick<ListParams<LeadSort>, "sort" | "dir" | "q">, filters: LeadFilters, now = new Date()) {
  const ctx = await filterContext(now, undefined, filters);
  const where = viewCondition(viewer, filters, params.q, ctx);
  const rows = await tableQuery(where, true)
    .orderBy(...leadOrder(params))
    .limit(exportLimit + 1);
  const written = rows.slice(0, exportLimit);
  const money = filters.sum ? await moneyOfView(filters.sum, where, params.q, filters, written.map((r) => r.id)) : null;
  return {
    rows: written.map((row) => ({ ...row, isStale: isStale(row, ctx.limits, now), amount: money ? (money.byLead.get(row.id) ?? 0) : null })),
    truncated: rows.length > exportLimit,
    money: money ? { kind: money.kind, total: money.total } : null,
  };
}
