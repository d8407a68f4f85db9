import "server-only";
import { and, asc, count, desc, eq, or, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { companies, meetings, trips } from "@/db/schema";
import { containsText } from "@/db/sql-fragments";
import type { CurrentUser } from "@/lib/auth/current-user";
import { type ListParams, orderByFrom, pageOf } from "./list-params";

export const meetingSortable = { heldOn: meetings.heldOn, company: companies.name, kind: meetings.kind };

/** Meetings are read by every role. */
export async function listMeetings(_viewer: CurrentUser, params: ListParams<keyof typeof meetingSortable>) {
  const filters: SQL[] = [];
  if (params.q) {
    filters.push(or(containsText(companies.name, params.q), containsText(meetings.place, params.q), containsText(meetings.summary, params.q))!);
  }
  const where = filters.length ? and(...filters) : undefined;
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: meetings.id,
        heldOn: meetings.heldOn,
        startsAt: meetings.startsAt,
        kind: meetings.kind,
        place: meetings.place,
        summary: meetings.summary,
        companyName: companies.name,
        tripTitle: trips.title,
      })
      .from(meetings)
      .innerJoin(companies, eq(companies.id, meetings.companyId))
      .leftJoin(trips, eq(trips.id, meetings.tripId))
      .where(where)
      .orderBy(...orderByFrom(params, meetingSortable, [desc(meetings.heldOn), asc(meetings.id)]))
      .limit(params.pageSize)
      .offset(pageOf(params)),
    db.select({ total: count() }).from(meetings).innerJoin(companies, eq(companies.id, meetings.companyId)).where(where),
  ]);
  return { rows, total };
}
