import "server-only";
import { and, asc, count, desc, eq, gte, inArray, lt, lte, or, sum, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { z } from "zod";
import { db } from "@/db/client";
import { companies, districts, leads, stages, taskGroups, users, type Stage } from "@/db/schema";
import { containsText, toNumber } from "@/db/sql-fragments";
import type { CurrentUser } from "@/lib/auth/current-user";
import { defaultStaleDays, signedStages } from "@/lib/domain/stages";
import { toIsoDate } from "@/lib/format";
import { first, type ListParams, orderByFrom, pageOf, type SearchParams } from "./list-params";
import { leadScope } from "./scope";

export const leadSortable = {
  name: leads.name,
  stage: leads.stage,
  plannedInvestment: leads.plannedInvestment,
  signedOn: leads.signedOn,
  lastActivityAt: leads.lastActivityAt,
};

const owner = alias(users, "owner");

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export type LeadFilters = {
  stage: Stage | null;
  /** Only the viewer's own leads. */
  mine: boolean;
  /** "active": still being worked on; "overdue": follow-up date passed; "stale": no event for 30 days. */
  attention: "active" | "overdue" | "stale" | null;
  signedFrom: string | null;
  signedTo: string | null;
};

export function parseLeadFilters(searchParams: SearchParams): LeadFilters {
  return {
    stage: z.enum(stages).nullable().catch(null).parse(first(searchParams.stage) ?? null),
    mine: first(searchParams.mine) === "1",
    attention: z.enum(["active", "overdue", "stale"]).nullable().catch(null).parse(first(searchParams.attention) ?? null),
    signedFrom: isoDate.nullable().catch(null).parse(first(searchParams.signedFrom) ?? null),
    signedTo: isoDate.nullable().catch(null).parse(first(searchParams.signedTo) ?? null),
  };
}

const workingStages: Stage[] = ["contact", "negotiating", "inspecting", "intent"];

/** The WHERE conditions of the filters, shared by the table, the counts and the links to them. */
function filterConditions(viewer: CurrentUser, filters: LeadFilters, today: string, now: Date): (SQL | undefined)[] {
  const conditions: (SQL | undefined)[] = [];
  if (filters.stage) conditions.push(eq(leads.stage, filters.stage));
  if (filters.mine) conditions.push(eq(leads.ownerId, viewer.id));
  if (filters.attention) conditions.push(inArray(leads.stage, workingStages));
  if (filters.attention === "overdue") conditions.push(lt(leads.nextFollowUpOn, today));
  if (filters.attention === "stale") conditions.push(lt(leads.lastActivityAt, staleBefore(now)));
  if (filters.signedFrom || filters.signedTo) conditions.push(inArray(leads.stage, [...signedStages]));
  if (filters.signedFrom) conditions.push(gte(leads.signedOn, filters.signedFrom));
  if (filters.signedTo) conditions.push(lte(leads.signedOn, filters.signedTo));
  return conditions;
}

export const noLeadFilters: LeadFilters = { stage: null, mine: false, attention: null, signedFrom: null, signedTo: null };

/** Number and summed amounts of the leads matching the filters, within scope. */
export async function countLeads(viewer: CurrentUser, filters: Partial<LeadFilters>, now = new Date()) {
  const [row] = await db
    .select({ n: count(), signed: sum(leads.signedInvestment) })
    .from(leads)
    .where(and(leadScope(viewer), ...filterConditions(viewer, { ...noLeadFilters, ...filters }, toIsoDate(now), now)));
  return { count: row.n, signedAmount: toNumber(row.signed) };
}

/** A lead is stale when nothing was logged on it for `defaultStaleDays` days. */
export const staleBefore = (now: Date) => new Date(+now - defaultStaleDays * 24 * 3600_000);

export async function listLeads(
  viewer: CurrentUser,
  params: ListParams<keyof typeof leadSortable>,
  filters: LeadFilters,
  now = new Date(),
) {
  const conditions: (SQL | undefined)[] = [leadScope(viewer), ...filterConditions(viewer, filters, toIsoDate(now), now)];
  if (params.q) conditions.push(or(containsText(leads.name, params.q), containsText(companies.name, params.q)));
  const where = and(...conditions);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: leads.id,
        name: leads.name,
        companyName: companies.name,
        groupName: taskGroups.name,
        ownerName: owner.name,
        districtName: districts.name,
        stage: leads.stage,
        source: leads.source,
        plannedInvestment: leads.plannedInvestment,
        signedInvestment: leads.signedInvestment,
        signedOn: leads.signedOn,
        lastActivityAt: leads.lastActivityAt,
      })
      .from(leads)
      .innerJoin(companies, eq(companies.id, leads.companyId))
      .innerJoin(taskGroups, eq(taskGroups.id, leads.taskGroupId))
      .innerJoin(owner, eq(owner.id, leads.ownerId))
      .leftJoin(districts, eq(districts.id, leads.districtId))
      .where(where)
      .orderBy(...orderByFrom(params, leadSortable, [desc(leads.lastActivityAt), asc(leads.id)]))
      .limit(params.pageSize)
      .offset(pageOf(params)),
    db.select({ total: count() }).from(leads).innerJoin(companies, eq(companies.id, leads.companyId)).where(where),
  ]);
  const staleLimit = staleBefore(now);
  return { rows: rows.map((row) => ({ ...row, isStale: row.lastActivityAt < staleLimit })), total };
}

/** Count and summed amount per stage, within the viewer's scope. */
export async function stageTotals(viewer: CurrentUser) {
  const rows = await db
    .select({
      stage: leads.stage,
      n: count(),
      planned: sum(leads.plannedInvestment),
      signed: sum(leads.signedInvestment),
    })
    .from(leads)
    .where(leadScope(viewer))
    .groupBy(leads.stage);
  return stages.map((stage) => {
    const row = rows.find((r) => r.stage === stage);
    return {
      stage,
      count: row?.n ?? 0,
      // Signed and later stages are measured by the signed amount, earlier ones by the planned amount.
      amount: ["signed", "started", "operating"].includes(stage) ? toNumber(row?.signed) : toNumber(row?.planned),
    };
  });
}

/** The first leads of every stage column on the board (most recently active first). */
export async function boardColumns(viewer: CurrentUser, perColumn = 12, now = new Date()) {
  const totals = await stageTotals(viewer);
  const columns = await Promise.all(
    stages.map(async (stage) =>
      db
        .select({
          id: leads.id,
          name: leads.name,
          companyName: companies.name,
          ownerName: owner.name,
          groupName: taskGroups.name,
          plannedInvestment: leads.plannedInvestment,
          signedInvestment: leads.signedInvestment,
          lastActivityAt: leads.lastActivityAt,
        })
        .from(leads)
        .innerJoin(companies, eq(companies.id, leads.companyId))
        .innerJoin(owner, eq(owner.id, leads.ownerId))
        .innerJoin(taskGroups, eq(taskGroups.id, leads.taskGroupId))
        .where(and(leadScope(viewer), eq(leads.stage, stage)))
        .orderBy(desc(leads.lastActivityAt), asc(leads.id))
        .limit(perColumn),
    ),
  );
  const staleLimit = staleBefore(now);
  return totals.map((total, i) => ({
    ...total,
    leads: columns[i].map((lead) => ({ ...lead, isStale: lead.lastActivityAt < staleLimit })),
  }));
}
