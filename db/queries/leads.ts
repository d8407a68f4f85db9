import "server-only";
import { and, asc, count, desc, eq, gte, inArray, isNotNull, lt, lte, ne, or, sql, sum, type SQL } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { agreements, companies, districts, industries, investmentReports, leads, leadSources, partners, stages, tableAlias, taskGroupMembers, taskGroups, type LeadSource, type Stage, users } from "@/db/schema";
import { containsText, toNumber } from "@/db/sql-fragments";
import type { CurrentUser } from "@/lib/auth/current-user";
import { canChangeLead, canReassignLead } from "@/lib/auth/policy";
import { bandRanges, sizeBands, type SizeBand } from "@/lib/domain/size-bands";
import { isStale, staleCutoff, type StaleLimits } from "@/lib/domain/stale";
import { signedStages } from "@/lib/domain/stages";
import { toIsoDate } from "@/lib/format";
import { first, type ListParams, pageOf, type SearchParams } from "./list-params";
import { leadsOfCondition } from "./related-leads";
import { leadScope } from "./scope";
import { loadStaleLimits } from "./stage-settings";

const owner = tableAlias(users, "owner");

// ---------------------------------------------------------------------------------------------
// Filters: one set for the table, the board, the export and the dashboard's links, all in the URL.

export type LeadFilters = {
  stage: Stage | null;
  /** Task group id. */
  group: number | null;
  /** Owner (责任人) user id. */
  owner: number | null;
  district: number | null;
  industry: number | null;
  source: LeadSource | null;
  /** A city leader: leads they brought in, or of task groups they head. */
  leader: number | null;
  /** Size bands by signed amount once signed, planned amount before. */
  bands: SizeBand[];
  signedFrom: string | null;
  signedTo: string | null;
  /** Only leads with a monthly figures row (investmentReports) in these months, YYYY-MM (both included). */
  reportFrom: string | null;
  reportTo: string | null;
  /** Only leads that came from an agreement with this partner region (区域合作). */
  partner: number | null;
  /** Only the leads of this trip, of this meeting, of this company (the pages' related-leads lists). */
  trip: number | null;
  meeting: number | null;
  company: number | null;
  /** Only leads without an event for longer than their stage's limit. */
  stale: boolean;
  /** Only the viewer's own leads. */
  mine: boolean;
  /** "active": still being worked on; "overdue": the next follow-up date has passed. */
  attention: "active" | "overdue" | null;
};

export const noLeadFilters: LeadFilters = {
  stage: null,
  group: null,
  owner: null,
  district: null,
  industry: null,
  source: null,
  leader: null,
  bands: [],
  signedFrom: null,
  signedTo: null,
  reportFrom: null,
  reportTo: null,
  partner: null,
  trip: null,
  meeting: null,
  company: null,
  stale: false,
  mine: false,
  attention: null,
};

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const isoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const optionalId = z.coerce.number().int().positive().nullable().catch(null);

export function parseLeadFilters(searchParams: SearchParams): LeadFilters {
  const attention = first(searchParams.attention) ?? null;
  const bands = (first(searchParams.band) ?? "")
    .split(",")
    .filter((b): b is SizeBand => (sizeBands as readonly string[]).includes(b));
  return {
    stage: z.enum(stages).nullable().catch(null).parse(first(searchParams.stage) ?? null),
    group: optionalId.parse(first(searchParams.group) ?? null),
    owner: optionalId.parse(first(searchParams.owner) ?? null),
    district: optionalId.parse(first(searchParams.district) ?? null),
    industry: optionalId.parse(first(searchParams.industry) ?? null),
    source: z.enum(leadSources).nullable().catch(null).parse(first(searchParams.source) ?? null),
    leader: optionalId.parse(first(searchParams.leader) ?? null),
    bands: sizeBands.filter((b) => bands.includes(b)),
    signedFrom: isoDate.nullable().catch(null).parse(first(searchParams.signedFrom) ?? null),
    signedTo: isoDate.nullable().catch(null).parse(first(searchParams.signedTo) ?? null),
    reportFrom: isoMonth.nullable().catch(null).parse(first(searchParams.reportFrom) ?? null),
    reportTo: isoMonth.nullable().catch(null).parse(first(searchParams.reportTo) ?? null),
    partner: optionalId.parse(first(searchParams.partner) ?? null),
    trip: optionalId.parse(first(searchParams.trip) ?? null),
    meeting: optionalId.parse(first(searchParams.meeting) ?? null),
    company: optionalId.parse(first(searchParams.company) ?? null),
    // attention=stale is the older spelling of stale=1 (kept so saved links still work).
    stale: first(searchParams.stale) === "1" || attention === "stale",
    mine: first(searchParams.mine) === "1",
    attention: z.enum(["active", "overdue"]).nullable().catch(null).parse(attention === "stale" ? null : attention),
  };
}

/** The filters as URL parameters (the inverse of parseLeadFilters). */
export function leadFiltersToParams(filters: LeadFilters): Record<string, string> {
  const out: Record<string, string> = {};
  if (filters.stage) out.stage = filters.stage;
  for (const key of ["group", "owner", "district", "industry", "leader", "trip", "meeting", "company"] as const) {
    if (filters[key] !== null) out[key] = String(filters[key]);
  }
  if (filters.source) out.source = filters.source;
  if (filters.bands.length) out.band = filters.bands.join(",");
  if (filters.signedFrom) out.signedFrom = filters.signedFrom;
  if (filters.signedTo) out.signedTo = filters.signedTo;
  if (filters.reportFrom) out.reportFrom = filters.reportFrom;
  if (filters.reportTo) out.reportTo = filters.reportTo;
  if (filters.partner !== null) out.partner = String(filters.partner);
  if (filters.stale) out.stale = "1";
  if (filters.mine) out.mine = "1";
  if (filters.attention) out.attention = filters.attention;
  return out;
}

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

/** Leads with a monthly figures row in the months (YYYY-MM, both included; null: open). */
export function reportedIn(fromMonth: string | null, toMonth: string | null): SQL {
  const reported = db
    .select({ leadId: investmentReports.leadId })
    .from(investmentReports)
    .where(
      and(
        fromMonth ? gte(investmentReports.monthOn, `${fromMonth}-01`) : undefined,
        toMonth ? lte(investmentReports.monthOn, `${toMonth}-01`) : undefined,
      ),
    );
  return inArray(leads.id, reported);
}

/** The name of a partner region, for the filter chip. */
export async function partnerNameOf(partnerId: number): Promise<string | null> {
  const [row] = await db.select({ name: partners.name }).from(partners).where(eq(partners.id, partnerId));
  return row?.name ?? null;
}

type FilterContext = { today: string; now: Date; limits: StaleLimits };

/** The WHERE conditions of the filters, shared by the table, the board, the counts and the export. */
function filterConditions(viewer: CurrentUser, filters: LeadFilters, ctx: FilterContext): (SQL | undefined)[] {
  const conditions: (SQL | undefined)[] = [leadScope(viewer)];
  if (filters.stage) conditions.push(eq(leads.stage, filters.stage));
  if (filters.group !== null) conditions.push(eq(leads.taskGroupId, filters.group));
  if (filters.owner !== null) conditions.push(eq(leads.ownerId, filters.owner));
  if (filters.district !== null) conditions.push(eq(leads.districtId, filters.district));
  if (filters.industry !== null) conditions.push(eq(leads.industryId, filters.industry));
  if (filters.source) conditions.push(eq(leads.source, filters.source));
  if (filters.leader !== null) {
    const headed = db.select({ id: taskGroups.id }).from(taskGroups).where(eq(taskGroups.leaderId, filters.leader));
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
  if (filters.reportFrom || filters.reportTo) conditions.push(reportedIn(filters.reportFrom, filters.reportTo));
  if (filters.partner !== null) {
    const ofPartner = db.select({ id: agreements.id }).from(agreements).where(eq(agreements.partnerId, filters.partner));
    conditions.push(inArray(leads.agreementId, ofPartner));
  }
  if (filters.trip !== null) conditions.push(leadsOfCondition({ trip: filters.trip }));
  if (filters.meeting !== null) conditions.push(leadsOfCondition({ meeting: filters.meeting }));
  if (filters.company !== null) conditions.push(leadsOfCondition({ company: filters.company }));
  return conditions;
}

async function contextFor(now: Date): Promise<FilterContext> {
  return { today: toIsoDate(now), now, limits: await loadStaleLimits() };
}

// ---------------------------------------------------------------------------------------------
// Counts

/** Number and summed amounts of the leads matching the filters, within scope. */
export async function countLeads(viewer: CurrentUser, filters: Partial<LeadFilters>, now = new Date()) {
  const ctx = await contextFor(now);
  const [row] = await db
    .select({ n: count(), signed: sum(leads.signedInvestment) })
    .from(leads)
    .where(and(...filterConditions(viewer, { ...noLeadFilters, ...filters }, ctx)));
  return { count: row.n, signedAmount: toNumber(row.signed) };
}

/** Count and summed amount per stage, within the viewer's scope and the filters. */
export async function stageTotals(viewer: CurrentUser, filters: Partial<LeadFilters> = {}, now = new Date()) {
  const ctx = await contextFor(now);
  const rows = await db
    .select({
      stage: leads.stage,
      n: count(),
      planned: sum(leads.plannedInvestment),
      signed: sum(leads.signedInvestment),
    })
    .from(leads)
    .where(and(...filterConditions(viewer, { ...noLeadFilters, ...filters, stage: null }, ctx)))
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

// ---------------------------------------------------------------------------------------------
// The table

const stageOrder = sql<number>`case ${leads.stage} ${sql.join(
  stages.map((stage, i) => sql`when ${stage} then ${sql.raw(String(i))}`),
  sql` `,
)} end`;

export const leadSortable = {
  name: leads.name,
  stage: stageOrder,
  group: taskGroups.sortOrder,
  owner: owner.name,
  plannedInvestment: leads.plannedInvestment,
  signedInvestment: leads.signedInvestment,
  signedOn: leads.signedOn,
  lastActivityAt: leads.lastActivityAt,
  nextFollowUpOn: leads.nextFollowUpOn,
};
export type LeadSort = keyof typeof leadSortable;

/** ORDER BY of the table: the chosen column (empty values last on both databases), then a stable tail. */
function leadOrder(params: Pick<ListParams<LeadSort>, "sort" | "dir">): SQL[] {
  const tail = [desc(leads.lastActivityAt), desc(leads.id)];
  if (!params.sort) return tail;
  const column = leadSortable[params.sort];
  const direction = params.dir === "desc" ? sql`desc` : sql`asc`;
  return [sql`${column} ${direction} nulls last`, ...tail];
}

const tableColumns = {
  id: leads.id,
  name: leads.name,
  companyName: companies.name,
  taskGroupId: leads.taskGroupId,
  groupName: taskGroups.name,
  ownerId: leads.ownerId,
  ownerName: owner.name,
  districtName: districts.name,
  industryName: industries.name,
  stage: leads.stage,
  source: leads.source,
  plannedInvestment: leads.plannedInvestment,
  signedInvestment: leads.signedInvestment,
  signedOn: leads.signedOn,
  lastActivityAt: leads.lastActivityAt,
  nextFollowUpOn: leads.nextFollowUpOn,
  version: leads.version,
};

function tableQuery(where: SQL | undefined) {
  return db
    .select(tableColumns)
    .from(leads)
    .innerJoin(companies, eq(companies.id, leads.companyId))
    .innerJoin(taskGroups, eq(taskGroups.id, leads.taskGroupId))
    .innerJoin(owner, eq(owner.id, leads.ownerId))
    .leftJoin(districts, eq(districts.id, leads.districtId))
    .leftJoin(industries, eq(industries.id, leads.industryId))
    .where(where);
}

function searchCondition(q: string): SQL | undefined {
  return q ? or(containsText(leads.name, q), containsText(companies.name, q)) : undefined;
}

/** One page of the leads table: scoped, filtered, sorted and counted in the database. */
export async function listLeads(viewer: CurrentUser, params: ListParams<LeadSort>, filters: LeadFilters, now = new Date()) {
  const ctx = await contextFor(now);
  const where = and(...filterConditions(viewer, filters, ctx), searchCondition(params.q));
  const countQuery = params.q
    ? db.select({ total: count() }).from(leads).innerJoin(companies, eq(companies.id, leads.companyId)).where(where)
    : db.select({ total: count() }).from(leads).where(where);
  const [rows, [{ total }]] = await Promise.all([
    tableQuery(where).orderBy(...leadOrder(params)).limit(params.pageSize).offset(pageOf(params)),
    countQuery,
  ]);
  return {
    rows: rows.map((row) => ({
      ...row,
      isStale: isStale(row, ctx.limits, now),
      canReassign: canReassignLead(viewer, row),
    })),
    total,
  };
}

/** Most rows one export writes (the file says so when the view holds more). */
export const exportLimit = 50_000;

/** Every row of the current view (same scope, filters and order as the table), for the export. */
export async function exportLeads(viewer: CurrentUser, params: Pick<ListParams<LeadSort>, "sort" | "dir" | "q">, filters: LeadFilters, now = new Date()) {
  const ctx = await contextFor(now);
  const where = and(...filterConditions(viewer, filters, ctx), searchCondition(params.q));
  const rows = await db
    .select({ ...tableColumns, description: leads.description, stageReason: leads.stageReason })
    .from(leads)
    .innerJoin(companies, eq(companies.id, leads.companyId))
    .innerJoin(taskGroups, eq(taskGroups.id, leads.taskGroupId))
    .innerJoin(owner, eq(owner.id, leads.ownerId))
    .leftJoin(districts, eq(districts.id, leads.districtId))
    .leftJoin(industries, eq(industries.id, leads.industryId))
    .where(where)
    .orderBy(...leadOrder(params))
    .limit(exportLimit + 1);
  return {
    rows: rows.slice(0, exportLimit).map((row) => ({ ...row, isStale: isStale(row, ctx.limits, now) })),
    truncated: rows.length > exportLimit,
  };
}

// ---------------------------------------------------------------------------------------------
// The board: totals per column, each column paged by last activity (newest first) with a cursor.

export type BoardCursor = { at: number; id: number };

export const encodeCursor = (c: BoardCursor) => `${c.at}.${c.id}`;
export function decodeCursor(value: string | null | undefined): BoardCursor | null {
  const match = /^(\d{1,15})\.(\d{1,12})$/.exec(value ?? "");
  return match ? { at: Number(match[1]), id: Number(match[2]) } : null;
}

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
  const ctx = limits ? { today: toIsoDate(now), now, limits } : await contextFor(now);
  // (at, id) before the cursor, written so that the first test is a plain range on the
  // (stage, last_activity_at) index on both databases.
  const after = cursor
    ? and(
        lte(leads.lastActivityAt, new Date(cursor.at)),
        or(lt(leads.lastActivityAt, new Date(cursor.at)), lt(leads.id, cursor.id)),
      )
    : undefined;
  const rows = await db
    .select({
      id: leads.id,
      name: leads.name,
      companyName: companies.name,
      taskGroupId: leads.taskGroupId,
      groupName: taskGroups.name,
      ownerId: leads.ownerId,
      ownerName: owner.name,
      stage: leads.stage,
      plannedInvestment: leads.plannedInvestment,
      signedInvestment: leads.signedInvestment,
      signedOn: leads.signedOn,
      lastActivityAt: leads.lastActivityAt,
      version: leads.version,
    })
    .from(leads)
    .innerJoin(companies, eq(companies.id, leads.companyId))
    .innerJoin(owner, eq(owner.id, leads.ownerId))
    .innerJoin(taskGroups, eq(taskGroups.id, leads.taskGroupId))
    .where(and(...filterConditions(viewer, { ...filters, stage }, ctx), after))
    .orderBy(desc(leads.lastActivityAt), desc(leads.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    leads: page.map((lead) => ({
      ...lead,
      isStale: isStale(lead, ctx.limits, now),
      canMove: canChangeLead(viewer, lead),
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

// ---------------------------------------------------------------------------------------------
// Choices for the filters and forms

/** Task groups, people, districts, industries and city leaders the viewer may filter by. */
export async function leadFilterOptions(viewer: CurrentUser) {
  const groupWhere = leadScope(viewer) ? inArray(taskGroups.id, viewer.groupIds.length ? viewer.groupIds : [-1]) : undefined;
  const [groups, people, districtRows, industryRows, leaders] = await Promise.all([
    db.select({ id: taskGroups.id, name: taskGroups.name }).from(taskGroups).where(groupWhere).orderBy(asc(taskGroups.sortOrder), asc(taskGroups.id)),
    db
      .select({ id: users.id, name: users.name, groupId: taskGroupMembers.taskGroupId })
      .from(taskGroupMembers)
      .innerJoin(users, eq(users.id, taskGroupMembers.userId))
      .innerJoin(taskGroups, eq(taskGroups.id, taskGroupMembers.taskGroupId))
      .where(groupWhere)
      .orderBy(asc(taskGroups.sortOrder), asc(taskGroupMembers.role), asc(users.id)),
    db.select({ id: districts.id, name: districts.name }).from(districts).orderBy(asc(districts.sortOrder), asc(districts.id)),
    db.select({ id: industries.id, name: industries.name }).from(industries).orderBy(asc(industries.sortOrder), asc(industries.id)),
    db.select({ id: users.id, name: users.name, title: users.title }).from(users).where(eq(users.role, "leader")).orderBy(asc(users.id)),
  ]);
  const seen = new Set<number>();
  const owners = people.filter((p) => (seen.has(p.id) ? false : (seen.add(p.id), true))).map(({ id, name }) => ({ id, name }));
  // Who belongs to which group: the bulk reassignment offers only people of every selected lead's group.
  const memberships = people.map(({ id, groupId }) => ({ userId: id, groupId }));
  return { groups, owners, memberships, districts: districtRows, industries: industryRows, leaders };
}

export type LeadFilterOptions = Awaited<ReturnType<typeof leadFilterOptions>>;
