import "server-only";
import { and, asc, count, desc, eq, inArray, or, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { companies, contacts, districts, industries, meetingAttendees, meetingContacts, meetings, tableAlias, taskGroupMembers, taskGroups, trips, users } from "@/db/schema";
import { containsText } from "@/db/sql-fragments";
import type { CurrentUser } from "@/lib/auth/current-user";
import { readsAllLeads } from "@/lib/auth/policy";
import { entityHistory } from "./history";
import type { ListParams } from "@/lib/list-params";
import { listPage, orderByFrom } from "./list-page";

export const meetingSortable = { heldOn: meetings.heldOn, company: companies.name, kind: meetings.kind };

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

/** Meetings are read by every role. */
export async function listMeetings(params: ListParams<keyof typeof meetingSortable>) {
  const filters: SQL[] = [];
  if (params.q) {
    filters.push(or(containsText(companies.name, params.q), containsText(meetings.place, params.q), containsText(meetings.summary, params.q))!);
  }
  const where = filters.length ? and(...filters) : undefined;
  return listPage(
    params,
    db
      .select({ ...meetingListColumns, companyName: companies.name })
      .from(meetings)
      .innerJoin(companies, eq(companies.id, meetings.companyId))
      .leftJoin(trips, eq(trips.id, meetings.tripId))
      .where(where),
    orderByFrom(params, meetingSortable, [desc(meetings.heldOn), asc(meetings.id)]),
    db.select({ total: count() }).from(meetings).innerJoin(companies, eq(companies.id, meetings.companyId)).where(where),
  );
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
