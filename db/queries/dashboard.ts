import "server-only";
import { asc, desc, eq, gte } from "drizzle-orm";
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

/** The latest progress entries on leads the viewer may read. */
export async function recentEvents(viewer: CurrentUser, limit = 8) {
  return db
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
    .where(leadScope(viewer))
    .orderBy(desc(leadEvents.occurredAt), desc(leadEvents.id))
    .limit(limit);
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
    recentEvents(viewer),
    upcomingTrips(today),
  ]);
  return { whose: whoseLeads(viewer, mine), yearStart, today, limits, signed, trips, active, own, overdue, stale, stages, events, upcoming };
}
