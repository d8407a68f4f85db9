import "server-only";
import { and, asc, count, desc, eq, gte, lte } from "drizzle-orm";
import { db } from "@/db/client";
import { leadEvents, leads, tableAlias, trips, users } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { leadScope } from "./scope";
import { tripSummaries } from "./trips";

const actor = tableAlias(users, "actor");
const leader = tableAlias(users, "leader");

/** Trips led by a city leader (role `leader`) starting within the dates. */
export async function leaderTripCount(from: string, to: string) {
  const [row] = await db
    .select({ n: count() })
    .from(trips)
    .innerJoin(leader, eq(leader.id, trips.leaderId))
    .where(and(eq(leader.role, "leader"), gte(trips.startOn, from), lte(trips.startOn, to)));
  return row.n;
}

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
