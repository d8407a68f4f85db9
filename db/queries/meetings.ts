import "server-only";
import { and, asc, count, desc, eq, exists, gte, inArray, isNotNull, lt, lte, not, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { companies, contacts, districts, industries, leads, meetingAttendees, meetingContacts, meetings, tableAlias, taskGroupMembers, taskGroups, tasks, trips, users } from "@/db/schema";
import { containsText } from "@/db/sql-fragments";
import type { CurrentUser } from "@/lib/auth/current-user";
import { readsAllLeads } from "@/lib/auth/policy";
import { toIsoDate } from "@/lib/format";
import { noMeetingFilters, type MeetingFilters } from "@/lib/meeting-filters";
import { entityHistory } from "./history";
import type { ListParams } from "@/lib/list-params";
import { listPage, orderByFrom } from "./list-page";
import { leadScope } from "./scope";

export const meetingSortable = { heldOn: meetings.heldOn, company: companies.name, kind: meetings.kind, nextStepDueOn: meetings.nextStepDueOn };

/** Who the next step falls to, joined under its own name beside other users. */
export const nextStepOwner = tableAlias(users, "owner");

/** What a meeting says: when, where, what was said and what comes next (with `nextStepOwner` joined). */
export const meetingFacts = {
  id: meetings.id,
  kind: meetings.kind,
  heldOn: meetings.heldOn,
  startsAt: meetings.startsAt,
  place: meetings.place,
  summary: meetings.summary,
  nextSteps: meetings.nextSteps,
  nextStepDueOn: meetings.nextStepDueOn,
  nextStepOwnerName: nextStepOwner.name,
};
const creator = tableAlias(users, "creator");
const tripLeader = tableAlias(users, "trip_leader");

/** A meeting as the lists show it (with its trip's title; the trip joined by a LEFT JOIN). */
export const meetingListColumns = {
  id: meetings.id,
  heldOn: meetings.heldOn,
  startsAt: meetings.startsAt,
  kind: meetings.kind,
  place: meetings.place,
  summary: meetings.summary,
  tripId: meetings.tripId,
  tripTitle: trips.title,
};

/**
 * A meeting's next step is overdue when its due date has passed and it is not done: its task (待办,
 * db/mutations/tasks.ts) is still open, and no lead has been made from the meeting (the follow-up
 * then lives on the lead, with its own 下一次跟进). Which leads count is the viewer's scope, as
 * everywhere a lead is read.
 */
export function meetingOverdueCondition(viewer: CurrentUser, today: string): SQL {
  const madeLead = db
    .select({ one: sql`1` })
    .from(leads)
    .where(and(isNotNull(leads.originMeetingId), eq(leads.originMeetingId, meetings.id), leadScope(viewer)));
  const closedTask = db
    .select({ one: sql`1` })
    .from(tasks)
    .where(and(eq(tasks.meetingId, meetings.id), inArray(tasks.status, ["done", "cancelled"])));
  return and(isNotNull(meetings.nextStepDueOn), lt(meetings.nextStepDueOn, today), not(exists(madeLead)), not(exists(closedTask)))!;
}

function meetingFilterConditions(viewer: CurrentUser, q: string, filters: MeetingFilters, today: string): SQL[] {
  const conditions: SQL[] = [];
  if (q) conditions.push(or(containsText(companies.name, q), containsText(meetings.place, q), containsText(meetings.summary, q))!);
  if (filters.tripId) conditions.push(eq(meetings.tripId, filters.tripId));
  if (filters.leaderId) {
    // 带队领导 (the trip's leader) or 会见领导 (a leader among our attendees).
    const attended = db.select({ id: meetingAttendees.meetingId }).from(meetingAttendees).where(eq(meetingAttendees.userId, filters.leaderId));
    conditions.push(or(eq(trips.leaderId, filters.leaderId), inArray(meetings.id, attended))!);
  }
  if (filters.from) conditions.push(gte(meetings.heldOn, filters.from));
  if (filters.to) conditions.push(lte(meetings.heldOn, filters.to));
  if (filters.ownerId) conditions.push(eq(meetings.nextStepOwnerId, filters.ownerId));
  if (filters.overdue) conditions.push(meetingOverdueCondition(viewer, today));
  return conditions;
}

/**
 * The meetings list: every role reads every meeting; the viewer only decides which leads made from
 * a meeting count for its 逾期 (overdue) mark and filter.
 */
export async function listMeetings(
  viewer: CurrentUser,
  params: ListParams<keyof typeof meetingSortable>,
  filters: MeetingFilters = noMeetingFilters,
  now = new Date(),
) {
  const today = toIsoDate(now);
  const conditions = meetingFilterConditions(viewer, params.q, filters, today);
  const where = conditions.length ? and(...conditions) : undefined;
  // The leader of the meeting: its trip's leader, or else the first city leader among our attendees.
  const attendingLeader = db
    .select({ name: users.name })
    .from(meetingAttendees)
    .innerJoin(users, eq(users.id, meetingAttendees.userId))
    .where(and(eq(meetingAttendees.meetingId, meetings.id), eq(users.role, "leader")))
    .orderBy(asc(users.id))
    .limit(1);
  const { rows, total } = await listPage(
    params,
    db
      .select({
        ...meetingListColumns,
        companyName: companies.name,
        leaderName: sql<string | null>`coalesce(${tripLeader.name}, (${attendingLeader}))`,
        nextStepDueOn: meetings.nextStepDueOn,
        nextStepOwnerName: nextStepOwner.name,
        overdue: sql<number>`case when ${meetingOverdueCondition(viewer, today)} then 1 else 0 end`.mapWith(Number),
      })
      .from(meetings)
      .innerJoin(companies, eq(companies.id, meetings.companyId))
      .leftJoin(trips, eq(trips.id, meetings.tripId))
      .leftJoin(tripLeader, eq(tripLeader.id, trips.leaderId))
      .leftJoin(nextStepOwner, eq(nextStepOwner.id, meetings.nextStepOwnerId))
      .where(where),
    orderByFrom(params, meetingSortable, [desc(meetings.heldOn), asc(meetings.id)]),
    db
      .select({ total: count() })
      .from(meetings)
      .innerJoin(companies, eq(companies.id, meetings.companyId))
      .leftJoin(trips, eq(trips.id, meetings.tripId))
      .where(where),
  );
  return { rows: rows.map((row) => ({ ...row, overdue: row.overdue === 1 })), total };
}

/** What the meetings list's filters offer: the trips (newest first) and the people next steps fall to. */
export async function meetingFilterOptions() {
  const owners = db
    .selectDistinct({ id: meetings.nextStepOwnerId })
    .from(meetings)
    .where(isNotNull(meetings.nextStepOwnerId));
  const [tripRows, ownerRows] = await Promise.all([
    db.select({ id: trips.id, title: trips.title, startOn: trips.startOn }).from(trips).orderBy(desc(trips.startOn), desc(trips.id)).limit(500),
    db.select({ id: users.id, name: users.name, title: users.title }).from(users).where(inArray(users.id, owners)).orderBy(asc(users.name), asc(users.id)),
  ]);
  return { trips: tripRows, owners: ownerRows };
}

/** One meeting with its company, trip, people on both sides and next step; null when there is none. */
export async function getMeeting(meetingId: number) {
  const [meeting] = await db
    .select({
      ...meetingFacts,
      nextStepOwnerId: meetings.nextStepOwnerId,
      version: meetings.version,
      createdByName: creator.name,
      createdAt: meetings.createdAt,
      companyId: companies.id,
      companyName: companies.name,
      companyCity: companies.city,
      companyIndustryId: companies.industryId,
      tripId: meetings.tripId,
      tripTitle: trips.title,
      tripStartOn: trips.startOn,
      tripEndOn: trips.endOn,
      tripLeaderId: trips.leaderId,
      tripLeaderRole: tripLeader.role,
      tripLeaderName: tripLeader.name,
    })
    .from(meetings)
    .innerJoin(companies, eq(companies.id, meetings.companyId))
    .leftJoin(trips, eq(trips.id, meetings.tripId))
    .leftJoin(tripLeader, eq(tripLeader.id, trips.leaderId))
    .leftJoin(nextStepOwner, eq(nextStepOwner.id, meetings.nextStepOwnerId))
    .leftJoin(creator, eq(creator.id, meetings.createdById))
    .where(eq(meetings.id, meetingId))
    .limit(1);
  if (!meeting) return null;
  const people = await peopleOfMeetings([meeting.id]);
  return {
    ...meeting,
    contacts: people.contactsByMeeting.get(meeting.id) ?? [],
    attendees: people.attendeesByMeeting.get(meeting.id) ?? [],
  };
}

/** Who logged and changed a meeting, newest first, with the fields each edit changed. */
export async function meetingHistory(meetingId: number) {
  return entityHistory("meeting", meetingId);
}

/**
 * What the lead form opened from a meeting offers: the task groups the viewer may add a lead to,
 * each with its people (for the owner), and the districts and industries.
 */
export async function leadFormOptions(viewer: CurrentUser) {
  const groupWhere = readsAllLeads(viewer) ? undefined : inArray(taskGroups.id, viewer.groupIds.length ? viewer.groupIds : [-1]);
  const [groups, people, districtRows, industryRows] = await Promise.all([
    db.select({ id: taskGroups.id, name: taskGroups.name }).from(taskGroups).where(groupWhere).orderBy(asc(taskGroups.sortOrder), asc(taskGroups.id)),
    db
      .select({ taskGroupId: taskGroupMembers.taskGroupId, id: users.id, name: users.name, title: users.title, role: taskGroupMembers.role })
      .from(taskGroupMembers)
      .innerJoin(users, eq(users.id, taskGroupMembers.userId))
      .where(eq(users.isActive, true))
      .orderBy(asc(taskGroupMembers.role), asc(users.id)),
    db.select({ id: districts.id, name: districts.name }).from(districts).orderBy(asc(districts.sortOrder), asc(districts.id)),
    db
      .select({ id: industries.id, name: industries.name, taskGroupId: industries.taskGroupId })
      .from(industries)
      .orderBy(asc(industries.sortOrder), asc(industries.id)),
  ]);
  return {
    groups: groups.map((g) => ({
      ...g,
      people: people.filter((p) => p.taskGroupId === g.id).map(({ id, name, title, role }) => ({ id, name, title, isLead: role === "lead" })),
    })),
    districts: districtRows,
    industries: industryRows,
  };
}

/** People met and our attendees of some meetings, by meeting. */
export async function peopleOfMeetings(meetingIds: number[]) {
  const ids = meetingIds.length ? meetingIds : [-1];
  const [contactRows, attendeeRows] = await Promise.all([
    db
      .select({ meetingId: meetingContacts.meetingId, id: contacts.id, name: contacts.name, title: contacts.title })
      .from(meetingContacts)
      .innerJoin(contacts, eq(contacts.id, meetingContacts.contactId))
      .where(inArray(meetingContacts.meetingId, ids))
      .orderBy(asc(contacts.id)),
    db
      .select({ meetingId: meetingAttendees.meetingId, id: users.id, name: users.name, title: users.title, role: users.role })
      .from(meetingAttendees)
      .innerJoin(users, eq(users.id, meetingAttendees.userId))
      .where(inArray(meetingAttendees.meetingId, ids))
      .orderBy(asc(users.id)),
  ]);
  const group = <R extends { meetingId: number }>(rows: R[]) => {
    const map = new Map<number, Omit<R, "meetingId">[]>();
    for (const { meetingId, ...rest } of rows) map.set(meetingId, [...(map.get(meetingId) ?? []), rest]);
    return map;
  };
  return { contactsByMeeting: group(contactRows), attendeesByMeeting: group(attendeeRows) };
}
