// The board: totals per column, each column paged by last activity (newest first) with a cursor.
import "server-only";
import { and, desc, eq, lt, lte, or } from "drizzle-orm";
import { db } from "@/db/client";
import { companies, leads, stages, taskGroups, type Stage } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { canChangeLead } from "@/lib/auth/policy";
import { isStale, type StaleLimits } from "@/lib/domain/stale";
import { encodeCursor, type BoardCursor } from "@/lib/board-cursor";
import type { LeadFilters } from "@/lib/lead-filters";
import { loadStaleLimits } from "../stage-settings";
import { openTaskOfLeads } from "../tasks";
import { stageTotals } from "./counts";
import { filterContext, leadFilterConditions } from "./filters";
import { leadCardColumns, leadOwner } from "./table";

/** Cards a column shows at first and adds with each "加载更多". */
export const boardPageSize = 12;

/** One page of one board column: the leads of a stage after the cursor. */
export async function boardColumnPage(
  viewer: CurrentUser,
  stage: Stage,
  filters: LeadFilters,
  cursor: BoardCursor | null,
  limit = boardPageSize,
  now = new Date(),
  limits?: StaleLimits,
) {
  const ctx = await filterContext(now, limits, filters);
  // (at, id) before the cursor, written so that the first test is a plain range on the
  // (stage, last_activity_at) index on both databases.
  const after = cursor
    ? and(
        lte(leads.lastActivityAt, new Date(cursor.at)),
        or(lt(leads.lastActivityAt, new Date(cursor.at)), lt(leads.id, cursor.id)),
      )
    : undefined;
  // Only the joins a card needs: with the table's five, PostgreSQL chose a plan ten times slower
  // for a column's later pages (npm run bench).
  const rows = await db
    // The stage's reason too: 撤销 puts a lead moved out of 搁置 back with the reason it had.
    .select({ ...leadCardColumns, stageReason: leads.stageReason })
    .from(leads)
    .innerJoin(companies, eq(companies.id, leads.companyId))
    .innerJoin(leadOwner, eq(leadOwner.id, leads.ownerId))
    .innerJoin(taskGroups, eq(taskGroups.id, leads.taskGroupId))
    .where(and(...leadFilterConditions(viewer, { ...filters, stage }, ctx), after))
    .orderBy(desc(leads.lastActivityAt), desc(leads.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const openTasks = await openTaskOfLeads(page.map((lead) => lead.id));
  return {
    leads: page.map((lead) => ({
      ...lead,
      isStale: isStale(lead, ctx.limits, now),
      canMove: canChangeLead(viewer, lead),
      openTask: openTasks.get(lead.id) ?? null,
    })),
    nextCursor: rows.length > limit && last ? encodeCursor({ at: +last.lastActivityAt, id: last.id }) : null,
  };
}

export type BoardCard = Awaited<ReturnType<typeof boardColumnPage>>["leads"][number];

/** Every column of the board: its totals and its first page. */
export async function boardData(viewer: CurrentUser, filters: LeadFilters, perColumn = boardPageSize, now = new Date()) {
  const limits = await loadStaleLimits();
  const [totals, pages] = await Promise.all([
    stageTotals(viewer, filters, now),
    Promise.all(stages.map((stage) => boardColumnPage(viewer, stage, filters, null, perColumn, now, limits))),
  ]);
  return totals.map((total, i) => ({ ...total, ...pages[i] }));
}
