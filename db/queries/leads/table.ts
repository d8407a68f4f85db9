// The leads table: one page, scoped, filtered, sorted and counted in the database; its columns and
// order are the export's too.
import "server-only";
import { and, asc, count, desc, eq, gte, inArray, isNotNull, isNull, lte, or, sql, sum, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { db, dialect } from "@/db/client";
import { companies, districts, industries, investmentReports, leadSearchGrams, leads, stages, tableAlias, taskGroups, users } from "@/db/schema";
import { containsText, toNumber } from "@/db/sql-fragments";
import type { CurrentUser } from "@/lib/auth/current-user";
import { canReassignLead } from "@/lib/auth/policy";
import { isStale } from "@/lib/domain/stale";
import type { LeadFilters, LeadMoney } from "@/lib/lead-filters";
import type { LeadSort } from "@/lib/lead-sort";
import { pageOf, type ListParams } from "@/lib/list-params";
import { listPage } from "../list-page";
import { openTaskOfLeads } from "../tasks";
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

/** The sort keys a lead may leave empty: those sort their empty values last on both databases. */
const emptiable = ["plannedInvestment", "signedInvestment", "signedOn", "nextFollowUpOn"] as const satisfies readonly LeadSort[];
type EmptiableSort = (typeof emptiable)[number];

/**
 * ORDER BY of the table: the chosen column, then a stable tail. "nulls last" only where a value may
 * be missing: on a column that always has one it would keep the database from reading an index in
 * order (the table sorted by last activity read all 100,000 leads for its first page).
 */
export function leadOrder(params: Pick<ListParams<LeadSort>, "sort" | "dir">): SQL[] {
  const tail = [desc(leads.lastActivityAt), desc(leads.id)];
  if (!params.sort) return tail;
  const column = leadSortable[params.sort];
  const direction = params.dir === "desc" ? sql`desc` : sql`asc`;
  return [isEmptiableSort(params.sort) ? sql`${column} ${direction} nulls last` : sql`${column} ${direction}`, ...tail];
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

/** The distinct two-character pieces of a searched text, lower-cased as the database keeps them. */
export function searchGrams(q: string): string[] {
  const chars = Array.from(q.replace(/[\u0000-\u001F\u007F-\u009F]+/g, "").replace(/[A-Z]/g, (c) => c.toLowerCase()));
  return [...new Set(chars.slice(0, -1).map((c, i) => c + chars[i + 1]))];
}

/**
 * The leads whose name or company name contains the text. Among the leads that have every piece of
 * it (lead_search_grams, kept by the database), so that a search reads a few hundred names instead of
 * 100,000; a one-character search reads them all.
 */
function searchCondition(q: string): SQL | undefined {
  if (!q) return undefined;
  const contains = or(containsText(leads.name, q), containsText(companies.name, q));
  const grams = searchGrams(q);
  if (grams.length === 0) return contains;
  const withEveryPiece = db
    .select({ id: leadSearchGrams.leadId })
    .from(leadSearchGrams)
    .where(inArray(leadSearchGrams.gram, grams))
    .groupBy(leadSearchGrams.leadId)
    .having(sql`count(*) = ${grams.length}`);
  return and(inArray(leads.id, withEveryPiece), contains);
}

/** The WHERE of the current view: scope, filters and the typed search. */
export function viewCondition(viewer: CurrentUser, filters: LeadFilters, q: string, ctx: FilterContext): SQL | undefined {
  return and(...leadFilterConditions(viewer, filters, ctx), searchCondition(q));
}

/** The months of the view's monthly figures (reportFrom..reportTo; open ends when not given). */
function reportMonths(filters: LeadFilters): SQL | undefined {
  return and(
    filters.reportFrom ? gte(investmentReports.monthOn, `${filters.reportFrom}-01`) : undefined,
    filters.reportTo ? lte(investmentReports.monthOn, `${filters.reportTo}-01`) : undefined,
  );
}

/**
 * A money figure's drill-down: the amount it sums for each lead of the page and for the whole view
 * (the 合计, equal to the figure clicked): the signed amount, or the fixed-asset investment or the
 * funds in place reported in the view's months.
 */
export async function moneyOfView(kind: LeadMoney, where: SQL | undefined, q: string, filters: LeadFilters, pageIds: number[]) {
  const viewIds = q
    ? db.select({ id: leads.id }).from(leads).innerJoin(companies, eq(companies.id, leads.companyId)).where(where)
    : db.select({ id: leads.id }).from(leads).where(where);
  if (kind === "signed") {
    const [row] = await db.select({ total: sum(leads.signedInvestment) }).from(leads).where(inArray(leads.id, viewIds));
    return { kind, total: toNumber(row?.total), byLead: new Map<number, number>() };
  }
  const column = kind === "fixedAsset" ? investmentReports.fixedAsset : investmentReports.fundsInPlace;
  const [[all], perLead] = await Promise.all([
    db.select({ total: sum(column) }).from(investmentReports).where(and(reportMonths(filters), inArray(investmentReports.leadId, viewIds))),
    pageIds.length
      ? db
          .select({ leadId: investmentReports.leadId, amount: sum(column) })
          .from(investmentReports)
          .where(and(reportMonths(filters), inArray(investmentReports.leadId, pageIds)))
          .groupBy(investmentReports.leadId)
      : [],
  ]);
  return { kind, total: toNumber(all?.total), byLead: new Map(perLead.map((r) => [r.leadId, toNumber(r.amount)])) };
}

/** The ids of the view in WHERE (with the sorted column), joined to the companies when a search reads their names. */
function viewIds(q: string, sorted: SQLiteColumn = leads.lastActivityAt) {
  const ids = db.select({ id: leads.id, lastActivityAt: leads.lastActivityAt, sortValue: sql`${sorted}`.as("sort_value") }).from(leads).$dynamic();
  return q ? ids.innerJoin(companies, eq(companies.id, leads.companyId)) : ids;
}

/** The sorts by a column of few values, each value's place in the order read from the database. */
const rankedSorts = {
  stage: { column: leads.stage, values: async (): Promise<(string | number)[]> => [...stages] },
  group: { column: leads.taskGroupId, values: async () => (await db.select({ id: taskGroups.id }).from(taskGroups).orderBy(asc(taskGroups.sortOrder), asc(taskGroups.id))).map((g) => g.id) },
  owner: { column: leads.ownerId, values: async () => (await db.select({ id: users.id }).from(users).orderBy(asc(users.name), asc(users.id))).map((u) => u.id) },
};
type RankedSort = keyof typeof rankedSorts;
const isRankedSort = (sort: LeadSort | null): sort is RankedSort => sort !== null && sort in rankedSorts;
const isEmptiableSort = (sort: LeadSort | null): sort is EmptiableSort => sort !== null && (emptiable as readonly string[]).includes(sort);

/** A part of the view read in its own order, and the page taken from the parts in turn. */
type Part = { where: SQL; order: SQL[] };

/**
 * The page of the view made of parts read one after another (the first part's rows, then the
 * second's…), each from its own index and no further than the page's end. `sorted` is the column the
 * parts order by, then by last activity. One union of subqueries, on both databases.
 */
async function pageOfParts(params: ListParams<LeadSort>, where: SQL | undefined, parts: Part[], sorted: SQLiteColumn, direction: "asc" | "desc") {
  const enough = pageOf(params) + params.pageSize;
  const branches = parts.map((part, rank) => {
    const first = viewIds(params.q, sorted).where(and(where, part.where)).orderBy(...part.order).limit(enough).as(`v${rank}`);
    return db
      .select({ id: first.id, lastActivityAt: first.lastActivityAt, sortValue: first.sortValue, rank: sql<number>`${sql.raw(String(rank))}`.as("part_rank") })
      .from(first);
  });
  type Union = { unionAll(other: unknown): Union; orderBy(...order: SQL[]): { limit(n: number): { offset(n: number): Promise<{ id: number }[]> } } };
  const union = (branches as unknown as Union[]).reduce((all, branch) => all.unionAll(branch));
  return union
    .orderBy(sql.raw(`"part_rank" asc, "sort_value" ${direction}, "last_activity_at" desc, "id" desc`))
    .limit(params.pageSize)
    .offset(pageOf(params));
}

/**
 * A page sorted by stage, task group or owner: the column has a few values (9 stages, 17 groups,
 * some dozens of owners), so each value's first rows come in order from its index (by last
 * activity), and the page is taken from them in the order of the values. Sorting all 100,000 leads
 * by the value's rank read every row for twenty. PostgreSQL reads the values' rows by a lateral
 * join (one subquery to plan); SQLite, which has none, by a union of one subquery per value.
 */
async function rankedPageIds(params: ListParams<LeadSort>, sort: RankedSort, where: SQL | undefined): Promise<{ id: number }[]> {
  const { column, values } = rankedSorts[sort];
  const ordered = await values();
  if (params.dir === "desc") ordered.reverse();
  const latest = [desc(leads.lastActivityAt), desc(leads.id)];
  if (dialect() === "postgres") {
    const first = viewIds(params.q)
      .where(and(where, sql`${column} = ranked.value`))
      .orderBy(...latest)
      .limit(pageOf(params) + params.pageSize);
    const type = sql.raw(sort === "stage" ? "text[]" : "integer[]");
    const query = sql`select first.id from unnest(${sql.param(ordered)}::${type}) with ordinality as ranked(value, rank)
      cross join lateral (${first}) as first
      order by ranked.rank, first.last_activity_at desc, first.id desc limit ${params.pageSize} offset ${pageOf(params)}`;
    const result = await (db as unknown as { execute: (q: SQL) => Promise<{ rows: { id: number }[] }> }).execute(query);
    return result.rows;
  }
  return pageOfParts(params, where, ordered.map((value) => ({ where: sql`${column} = ${value}`, order: latest })), column, "asc");
}

/**
 * A page sorted by a column a lead may leave empty: the leads that have a value in its order, then
 * the empty ones by last activity. On PostgreSQL only: "nulls last" in one ORDER BY keeps it from
 * reading the column's index backwards (its empty values come first that way): 30 ms for the first
 * page. SQLite reads the one ORDER BY from the index as it is (2 ms; in parts, 18).
 */
function emptiableSortPageIds(params: ListParams<LeadSort>, sort: EmptiableSort, where: SQL | undefined) {
  const column = leadSortable[sort];
  const direction = params.dir === "desc" ? "desc" : "asc";
  const latest = [desc(leads.lastActivityAt), desc(leads.id)];
  const parts: Part[] = [
    { where: isNotNull(column), order: [direction === "desc" ? desc(column) : asc(column), ...latest] },
    { where: isNull(column), order: latest },
  ];
  return pageOfParts(params, where, parts, column, direction);
}

/** One page of the leads table: scoped, filtered, sorted and counted in the database. */
export async function listLeads(viewer: CurrentUser, params: ListParams<LeadSort>, filters: LeadFilters, now = new Date()) {
  const ctx = await filterContext(now, undefined, filters);
  const where = viewCondition(viewer, filters, params.q, ctx);
  const countQuery = params.q
    ? db.select({ total: count() }).from(leads).innerJoin(companies, eq(companies.id, leads.companyId)).where(where)
    : db.select({ total: count() }).from(leads).where(where);
  // The page's ids first, from the leads and only what the search needs, so that an index can give
  // them in order; then those twenty rows with everything the table shows.
  const order = leadOrder(params);
  const pageWhere = viewCondition(viewer, filters, params.q, { ...ctx, inOrder: true });
  const special = isRankedSort(params.sort)
    ? rankedPageIds(params, params.sort, pageWhere)
    : isEmptiableSort(params.sort) && dialect() === "postgres"
      ? emptiableSortPageIds(params, params.sort, pageWhere)
      : null;
  const { rows: page, total } = special
    ? await Promise.all([special, countQuery]).then(([rows, [{ total }]]) => ({ rows, total }))
    : await listPage(params, viewIds(params.q).where(pageWhere), order, countQuery);
  const pageIds = page.map((r) => r.id);
  const [rows, money, openTasks] = await Promise.all([
    pageIds.length ? tableQuery(inArray(leads.id, pageIds)).orderBy(...order) : [],
    filters.sum ? moneyOfView(filters.sum, where, params.q, filters, pageIds) : null,
    openTaskOfLeads(pageIds),
  ]);
  return {
    rows: rows.map((row) => ({
      ...row,
      isStale: isStale(row, ctx.limits, now),
      canReassign: canReassignLead(viewer, row),
      openTask: openTasks.get(row.id) ?? null,
      /** The summed amount of the view (filters.sum) for this lead, in 万元. */
      amount: money ? (money.byLead.get(row.id) ?? 0) : null,
    })),
    total,
    money: money ? { kind: money.kind, total: money.total } : null,
  };
}
