import "server-only";
import { and, asc, desc, eq, gte, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { leadEvents, leads, tableAlias, trips, users } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { toIsoDate } from "@/lib/format";
import { leadScope } from "./scope";
import { readsAllLeads } from "@/lib/auth/policy";
import { loadStaleLimits } from "./stage-settings";
import { countLeads, stageTotals } from "./leads/counts";
import { attentionLeads } from "./supervision";
import { leaderTripFigures, tripSummaries } from "./trips";

const actor = tableAlias(users, "actor");

/**
 * The latest progress entries on leads the viewer may read. Within a scope, the last 30 days' events
 * are read newest first and kept when their lead is in scope (the unary + keeps SQLite from starting
 * at each of the group's thousands of leads instead); only when those are too few are all the
 * scope's events joined and sorted.
 */
export async function recentEvents(viewer: CurrentUser, limit = 8, now = new Date()) {
  const scope = leadScope(viewer);
  const latest = (where: SQL | undefined) =>
    db
      .select({
        id: leadEvents.id,
        kind: leadEvents.kind,
        toStage: leadEvents.toStage,
        body: leadEvents.body,
        occurredAt: leadEvents.occurredAt,
        leadId: leads.id,
        leadName: leads.name,
        actorName: actor.name,
      })
      .from(leadEvents)
      .innerJoin(leads, eq(leads.id, leadEvents.leadId))
      .leftJoin(actor, eq(actor.id, leadEvents.actorId))
      .where(where)
      .orderBy(desc(leadEvents.occurredAt), desc(leadEvents.id))
      .limit(limit);
  if (!scope) return latest(undefined);
  const inScope = sql`+${leadEvents.leadId} in (${db.select({ id: leads.id }).from(leads).where(scope)})`;
  const recent = await latest(and(gte(leadEvents.occurredAt, new Date(+now - 30 * 86_400_000)), inScope));
  return recent.length === limit ? recent : latest(scope);
}

export async function upcomingTrips(today: string, limit = 5) {
  return tripSummaries(gte(trips.endOn, today)).orderBy(asc(trips.startOn), asc(trips.id)).limit(limit);
}

/** Whose leads a figure counts: the whole city's, the viewer's task groups', or the viewer's own. */
export type Whose = "city" | "group" | "mine";

export const whoseLeads = (viewer: CurrentUser, mine: boolean): Whose => (mine ? "mine" : readsAllLeads(viewer) ? "city" : "group");

/**
 * The 工作台 of everyone but the city's leaders (who have the cockpit): the year's figures, the
 * overdue and stale leads, the stages, the latest events and the trips ahead. Every lead figure
 * and the lists under them count the same leads: the viewer's scope, or their own with `mine`.
 */
export async function workbenchData(viewer: CurrentUser, mine: boolean, now = new Date()) {
  const today = toIsoDate(now);
  const yearStart = `${today.slice(0, 4)}-01-01`;
  const whose = mine ? { mine: true } : {};
  const limits = await loadStaleLimits();
  const [signed, trips, active, own, overdue, stale, stages, events, upcoming] = await Promise.all([
    countLeads(viewer, { ...whose, signedFrom: yearStart, signedTo: today }, now),
    leaderTripFigures(yearStart, today, today),
    countLeads(viewer, { ...whose, attention: "active" }, now),
    countLeads(viewer, { mine: true }, now),
    attentionLeads(viewer, "overdue", { ownerId: mine ? viewer.id : undefined, limit: 5 }, now, limits),
    attentionLeads(viewer, "stale", { ownerId: mine ? viewer.id : undefined, limit: 5 }, now, limits),
    stageTotals(viewer, whose, now),
    recentEvents(viewer, 8, now),
    upcomingTrips(today),
  ]);
  return { whose: whoseLeads(viewer, mine), yearStart, today, limits, signed, trips, active, own, overdue, stale, stages, events, upcoming };
}
