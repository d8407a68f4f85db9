// The leads table: one page, scoped, filtered, sorted and counted in the database; its columns and
// order are the export's too.
import "server-only";
import { and, count, desc, eq, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { companies, districts, industries, leads, stages, tableAlias, taskGroups, users } from "@/db/schema";
import { containsText } from "@/db/sql-fragments";
import type { CurrentUser } from "@/lib/auth/current-user";
import { canReassignLead } from "@/lib/auth/policy";
import { isStale } from "@/lib/domain/stale";
import type { LeadFilters } from "@/lib/lead-filters";
import type { LeadSort } from "@/lib/lead-sort";
import type { ListParams } from "@/lib/list-params";
import { listPage } from "../list-page";
import { filterContext, leadFilterConditions, type FilterContext } from "./filters";

/** The lead's owner (责任人), joined under its own name beside other users. */
export const leadOwner = tableAlias(users, "owner");

const stageOrder = sql<number>`case ${leads.stage} ${sql.join(
  stages.map((stage, i) => sql`when ${stage} then ${sql.raw(String(i))}`),
  sql` `,
)} end`;

export const leadSortable = {
  name: leads.name,
  stage: stageOrder,
  group: taskGroups.sortOrder,
  owner: leadOwner.name,
  plannedInvestment: leads.plannedInvestment,
  signedInvestment: leads.signedInvestment,
  signedOn: leads.signedOn,
  lastActivityAt: leads.lastActivityAt,
  nextFollowUpOn: leads.nextFollowUpOn,
} satisfies Record<LeadSort, unknown>;

/** ORDER BY of the table: the chosen column (empty values last on both databases), then a stable tail. */
export function leadOrder(params: Pick<ListParams<LeadSort>, "sort" | "dir">): SQL[] {
  const tail = [desc(leads.lastActivityAt), desc(leads.id)];
  if (!params.sort) return tail;
  const column = leadSortable[params.sort];
  const direction = params.dir === "desc" ? sql`desc` : sql`asc`;
  return [sql`${column} ${direction} nulls last`, ...tail];
}

/** What a board card shows of a lead (joins: companies, task groups, the owner). */
export const leadCardColumns = {
  id: leads.id,
  name: leads.name,
  companyName: companies.name,
  taskGroupId: leads.taskGroupId,
  groupName: taskGroups.name,
  ownerId: leads.ownerId,
  ownerName: leadOwner.name,
  stage: leads.stage,
  plannedInvestment: leads.plannedInvestment,
  signedInvestment: leads.signedInvestment,
  signedOn: leads.signedOn,
  lastActivityAt: leads.lastActivityAt,
  version: leads.version,
};

/** What a row of the table shows: the card's and the district, industry, source and next follow-up. */
const tableColumns = {
  ...leadCardColumns,
  districtName: districts.name,
  industryName: industries.name,
  source: leads.source,
  nextFollowUpOn: leads.nextFollowUpOn,
};

/** The rows of the view in WHERE: the table's columns, and with `texts` the long texts the export writes. */
export function tableQuery(where: SQL | undefined, texts = false) {
  const none = sql<string | null>`null`;
  return db
    .select({ ...tableColumns, description: texts ? leads.description : none, stageReason: texts ? leads.stageReason : none })
    .from(leads)
    .innerJoin(companies, eq(companies.id, leads.companyId))
    .innerJoin(taskGroups, eq(taskGroups.id, leads.taskGroupId))
    .innerJoin(leadOwner, eq(leadOwner.id, leads.ownerId))
    .leftJoin(districts, eq(districts.id, leads.districtId))
    .leftJoin(industries, eq(industries.id, leads.industryId))
    .where(where);
}

function searchCondition(q: string): SQL | undefined {
  return q ? or(containsText(leads.name, q), containsText(companies.name, q)) : undefined;
}

/** The WHERE of the current view: scope, filters and the typed search. */
export function viewCondition(viewer: CurrentUser, filters: LeadFilters, q: string, ctx: FilterContext): SQL | undefined {
  return and(...leadFilterConditions(viewer, filters, ctx), searchCondition(q));
}

/** One page of the leads table: scoped, filtered, sorted and counted in the database. */
export async function listLeads(viewer: CurrentUser, params: ListParams<LeadSort>, filters: LeadFilters, now = new Date()) {
  const ctx = await filterContext(now);
  const where = viewCondition(viewer, filters, params.q, ctx);
  const countQuery = params.q
    ? db.select({ total: count() }).from(leads).innerJoin(companies, eq(companies.id, leads.companyId)).where(where)
    : db.select({ total: count() }).from(leads).where(where);
  const { rows, total } = await listPage(params, tableQuery(where), leadOrder(params), countQuery);
  return {
    rows: rows.map((row) => ({
      ...row,
      isStale: isStale(row, ctx.limits, now),
      canReassign: canReassignLead(viewer, row),
    })),
    total,
  };
}
