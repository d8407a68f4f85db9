import "server-only";
import { and, asc, count, desc, eq, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { db } from "@/db/client";
import { meetings, trips, users } from "@/db/schema";
import { containsText } from "@/db/sql-fragments";
import type { CurrentUser } from "@/lib/auth/current-user";
import { type ListParams, orderByFrom, pageOf } from "./list-params";

export const tripSortable = { startOn: trips.startOn, status: trips.status, region: trips.region, title: trips.title };

const leader = alias(users, "leader");

/** Trips are read by every role (they are the city's public record of its promotion work). */
export async function listTrips(_viewer: CurrentUser, params: ListParams<keyof typeof tripSortable>) {
  const filters: SQL[] = [];
  if (params.q) {
    filters.push(
      or(containsText(trips.title, params.q), containsText(trips.destinations, params.q), containsText(leader.name, params.q))!,
    );
  }
  const where = filters.length ? and(...filters) : undefined;
  const meetingCount = db
    .select({ tripId: meetings.tripId, n: count().as("meeting_n") })
    .from(meetings)
    .groupBy(meetings.tripId)
    .as("meeting_count");
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: trips.id,
        title: trips.title,
        leaderName: leader.name,
        leaderTitle: leader.title,
        startOn: trips.startOn,
        endOn: trips.endOn,
        destinations: trips.destinations,
        region: trips.region,
        status: trips.status,
        meetings: sql<number>`coalesce(${meetingCount.n}, 0)`.mapWith(Number),
      })
      .from(trips)
      .innerJoin(leader, eq(leader.id, trips.leaderId))
      .leftJoin(meetingCount, eq(meetingCount.tripId, trips.id))
      .where(where)
      .orderBy(...orderByFrom(params, tripSortable, [desc(trips.startOn), asc(trips.id)]))
      .limit(params.pageSize)
      .offset(pageOf(params)),
    db.select({ total: count() }).from(trips).innerJoin(leader, eq(leader.id, trips.leaderId)).where(where),
  ]);
  return { rows, total };
}
