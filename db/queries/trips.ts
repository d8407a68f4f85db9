import "server-only";
import { and, asc, count, desc, eq, gte, inArray, lte, ne, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { companies, meetings, tableAlias, taskGroupMembers, taskGroups, tripMembers, trips, users } from "@/db/schema";
import { containsText } from "@/db/sql-fragments";
import type { CurrentUser } from "@/lib/auth/current-user";
import { isCityLeader, servesALeader } from "@/lib/auth/policy";
import { addIsoDays, tripOfTheMoment, upcomingTripDays } from "@/lib/domain/trip-context";
import type { ListParams } from "@/lib/list-params";
import { countedTripFilters, noTripFilters, tripsHref, type TripFilters } from "@/lib/trip-filters";
import { listPage, orderByFrom } from "./list-page";
import { meetingFacts, nextStepOwner, peopleOfMeetings } from "./meetings";

export const tripSortable = { startOn: trips.startOn, status: trips.status, region: trips.region, title: trips.title };

const leader = tableAlias(users, "leader");

/** What a trip is: when, where to, what for, how far along. */
export const tripFacts = {
  startOn: trips.startOn,
  endOn: trips.endOn,
  destinations: trips.destinations,
  region: trips.region,
  purpose: trips.purpose,
  status: trips.status,
};

/** Trips with their leader's name, for the short lists of the start page and a company's page. */
export function tripSummaries(where: SQL | undefined) {
  return db
    .select({
      id: trips.id,
      title: trips.title,
      startOn: trips.startOn,
      endOn: trips.endOn,
      destinations: trips.destinations,
      status: trips.status,
      leaderName: leader.name,
    })
    .from(trips)
    .innerJoin(leader, eq(leader.id, trips.leaderId))
    .where(where);
}

function filterConditions(q: string, filters: TripFilters): SQL[] {
  const conditions: SQL[] = [];
  if (q) {
    conditions.push(or(containsText(trips.title, q), containsText(trips.destinations, q), containsText(leader.name, q))!);
  }
  if (filters.leaderId) conditions.push(eq(trips.leaderId, filters.leaderId));
  if (filters.from) conditions.push(gte(trips.endOn, filters.from));
  if (filters.to) conditions.push(lte(trips.startOn, filters.to));
  if (filters.destination) conditions.push(containsText(trips.destinations, filters.destination));
  if (filters.region) conditions.push(eq(trips.region, filters.region));
  if (filters.status) conditions.push(eq(trips.status, filters.status));
  if (filters.led) conditions.push(eq(leader.role, "leader"));
  if (filters.led === "principal") conditions.push(eq(leader.isPrincipal, true));
  if (filters.startFrom) conditions.push(gte(trips.startOn, filters.startFrom));
  if (filters.startTo) conditions.push(lte(trips.startOn, filters.startTo));
  if (filters.held) conditions.push(ne(trips.status, "planned"));
  return conditions;
}

/** How many trips match the filters (the trip figures of the cockpit, the 答卷 and the 工作台). */
export async function countTrips(filters: TripFilters): Promise<number> {
  const conditions = filterConditions("", filters);
  const [row] = await db
    .select({ n: count() })
    .from(trips)
    .innerJoin(leader, eq(leader.id, trips.leaderId))
    .where(conditions.length ? and(...conditions) : undefined);
  return row.n;
}

/**
 * The trips led by the principal leaders and by all city leaders that took place in the dates,
 * each with the link to exactly the trips counted.
 */
export async function leaderTripFigures(from: string, to: string, today: string) {
  const principal = countedTripFilters("principal", from, to, today);
  const leaders = countedTripFilters("leaders", from, to, today);
  const [byPrincipal, byLeaders] = await Promise.all([countTrips(principal), countTrips(leaders)]);
  return { principal: { value: byPrincipal, href: tripsHref(principal) }, leaders: { value: byLeaders, href: tripsHref(leaders) } };
}

/** Trips are read by every role (they are the city's public record of its promotion work). */
export async function listTrips(params: ListParams<keyof typeof tripSortable>, filters: TripFilters = noTripFilters) {
  const conditions = filterConditions(params.q, filters);
  const where = conditions.length ? and(...conditions) : undefined;
  const meetingCount = db
    .select({ tripId: meetings.tripId, n: count().as("meeting_n") })
    .from(meetings)
    .groupBy(meetings.tripId)
    .as("meeting_count");
  return listPage(
    params,
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
      .where(where),
    orderByFrom(params, tripSortable, [desc(trips.startOn), asc(trips.id)]),
    db.select({ total: count() }).from(trips).innerJoin(leader, eq(leader.id, trips.leaderId)).where(where),
  );
}

/** Active people who may lead a trip (city leaders), for the form and the list's filter. */
export async function tripLeaderOptions() {
  return db
    .select({ id: users.id, name: users.name, title: users.title })
    .from(users)
    .where(and(eq(users.role, "leader"), eq(users.isActive, true)))
    .orderBy(asc(users.id));
}

/** Active people who may be on a delegation, attend a meeting or own a next step (everyone but the system administrator). */
export async function peopleOptions() {
  return db
    .select({ id: users.id, name: users.name, title: users.title, role: users.role })
    .from(users)
    .where(and(eq(users.isActive, true), ne(users.role, "admin")))
    .orderBy(asc(users.id));
}

/**
 * The people of peopleOptions with their task groups, and the groups in their order: the choices of
 * an owner (下一步责任人), which the picker groups by task group (lib/domain/owner-sections.ts).
 */
export async function peopleByGroup() {
  const [people, groups, memberships] = await Promise.all([
    peopleOptions(),
    db.select({ id: taskGroups.id, name: taskGroups.name }).from(taskGroups).orderBy(asc(taskGroups.sortOrder), asc(taskGroups.id)),
    db.select({ userId: taskGroupMembers.userId, taskGroupId: taskGroupMembers.taskGroupId }).from(taskGroupMembers),
  ]);
  const order = new Map(groups.map((g, i) => [g.id, i]));
  return {
    groups,
    people: people.map((p) => ({
      ...p,
      groupIds: memberships
        .filter((m) => m.userId === p.id)
        .map((m) => m.taskGroupId)
        .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)),
    })),
  };
}

/** One trip with its delegation, or null. Every role reads trips. */
export async function getTrip(tripId: number) {
  const creator = tableAlias(users, "creator");
  const [trip] = await db
    .select({
      id: trips.id,
      title: trips.title,
      leaderId: trips.leaderId,
      leaderName: leader.name,
      leaderTitle: leader.title,
      leaderRole: leader.role,
      ...tripFacts,
      version: trips.version,
      createdByName: creator.name,
      createdByTitle: creator.title,
      updatedAt: trips.updatedAt,
    })
    .from(trips)
    .innerJoin(leader, eq(leader.id, trips.leaderId))
    .leftJoin(creator, eq(creator.id, trips.createdById))
    .where(eq(trips.id, tripId))
    .limit(1);
  if (!trip) return null;
  const members = await db
    .select({ id: users.id, name: users.name, title: users.title })
    .from(tripMembers)
    .innerJoin(users, eq(users.id, tripMembers.userId))
    .where(eq(tripMembers.tripId, tripId))
    .orderBy(asc(users.id));
  return { ...trip, members };
}

/**
 * Recent trips to log a meeting under (newest first), for the meeting form's choice of trip, each with
 * its leader and delegation (our side at its meetings). `include` is kept in the list however old.
 */
export async function recentTripOptions(limit = 40, include: number | null = null) {
  const columns = { id: trips.id, title: trips.title, startOn: trips.startOn, endOn: trips.endOn, leaderId: trips.leaderId };
  const rows = await db.select(columns).from(trips).orderBy(desc(trips.startOn), desc(trips.id)).limit(limit);
  if (include && !rows.some((r) => r.id === include)) rows.push(...(await db.select(columns).from(trips).where(eq(trips.id, include))));
  const members = rows.length
    ? await db
        .select({ tripId: tripMembers.tripId, userId: tripMembers.userId })
        .from(tripMembers)
        .where(inArray(tripMembers.tripId, rows.map((r) => r.id)))
        .orderBy(asc(tripMembers.userId))
    : [];
  return rows.map((r) => ({ ...r, memberIds: members.filter((m) => m.tripId === r.id).map((m) => m.userId) }));
}

/**
 * The city leader a secretary works for (users.serves_leader_id, set by the admin), while he is an
 * active city leader; null for everyone else and for a secretary the admin has not linked yet.
 */
export async function servedLeader(user: Pick<CurrentUser, "id" | "role">) {
  if (!servesALeader(user)) return null;
  const [served] = await db
    .select({ id: leader.id, name: leader.name, title: leader.title, role: leader.role, isActive: leader.isActive })
    .from(users)
    .innerJoin(leader, eq(leader.id, users.servesLeaderId))
    .where(eq(users.id, user.id))
    .limit(1);
  return served && served.isActive && isCityLeader(served) ? { id: served.id, name: served.name, title: served.title } : null;
}

/**
 * A secretary's context: the leader she works for and his trip of the moment on `today` (China's
 * date; the rule is lib/domain/trip-context.ts), with its delegation. Null when she works for no leader.
 */
export async function secretaryContext(user: Pick<CurrentUser, "id" | "role">, today: string) {
  const served = await servedLeader(user);
  if (!served) return null;
  const candidates = await db
    .select({ id: trips.id, startOn: trips.startOn, endOn: trips.endOn, status: trips.status })
    .from(trips)
    .where(and(eq(trips.leaderId, served.id), gte(trips.endOn, today), lte(trips.startOn, addIsoDays(today, upcomingTripDays)), ne(trips.status, "done")));
  const moment = tripOfTheMoment(candidates, today);
  return { leader: served, trip: moment ? await getTrip(moment.id) : null };
}

/** The meetings of a trip in the order they were held, with the people on both sides. */
export async function tripMeetings(tripId: number) {
  const rows = await db
    .select({
      ...meetingFacts,
      companyId: companies.id,
      companyName: companies.name,
      companyCity: companies.city,
    })
    .from(meetings)
    .innerJoin(companies, eq(companies.id, meetings.companyId))
    .leftJoin(nextStepOwner, eq(nextStepOwner.id, meetings.nextStepOwnerId))
    .where(eq(meetings.tripId, tripId))
    // coalesce: SQLite and PostgreSQL put NULLs at opposite ends of an ascending sort.
    .orderBy(asc(meetings.heldOn), asc(sql`coalesce(${meetings.startsAt}, '')`), asc(meetings.id));
  const people = await peopleOfMeetings(rows.map((r) => r.id));
  return rows.map((row) => ({
    ...row,
    contacts: people.contactsByMeeting.get(row.id) ?? [],
    attendees: people.attendeesByMeeting.get(row.id) ?? [],
  }));
}

/** The companies met on a trip, each with how many times. */
export function companiesOfMeetings<M extends { companyId: number; companyName: string; companyCity: string | null }>(rows: M[]) {
  const seen = new Map<number, { id: number; name: string; city: string | null; meetings: number }>();
  for (const m of rows) {
    const entry = seen.get(m.companyId) ?? { id: m.companyId, name: m.companyName, city: m.companyCity, meetings: 0 };
    entry.meetings += 1;
    seen.set(m.companyId, entry);
  }
  return Array.from(seen, ([, entry]) => entry);
}
