import "server-only";
// The leads that came out of a trip or a meeting, or that concern a company: one query for the three
// pages' "related leads" lists, and one condition that the leads table's filters (?trip=, ?meeting=,
// ?company=) share, so that "查看全部" opens exactly the leads the list showed.
import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { companies, leads, meetings, tableAlias, taskGroups, trips, users } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { leadScope } from "./scope";

const owner = tableAlias(users, "owner");

/** What a list of related leads belongs to. */
export type LeadsOf = { trip: number } | { meeting: number } | { company: number };

/**
 * The leads of a trip (named as its origin, or made from one of its meetings), of a meeting (made
 * from it) or of a company. Scope is not part of it: callers add `leadScope`.
 */
export function leadsOfCondition(of: LeadsOf): SQL {
  if ("trip" in of) {
    // Two indexed lookups joined by UNION: written as one OR, SQLite read every lead.
    const tripMeetingIds = db.select({ id: meetings.id }).from(meetings).where(eq(meetings.tripId, of.trip));
    const fromTrip = db.select({ id: leads.id }).from(leads).where(eq(leads.originTripId, of.trip));
    const fromItsMeetings = db.select({ id: leads.id }).from(leads).where(inArray(leads.originMeetingId, tripMeetingIds));
    return inArray(leads.id, fromTrip.union(fromItsMeetings));
  }
  if ("meeting" in of) return eq(leads.originMeetingId, of.meeting);
  return eq(leads.companyId, of.company);
}

/** The link to the leads table filtered to these leads (the list's "查看全部"). */
export function leadsOfHref(of: LeadsOf): string {
  const [key, id] = Object.entries(of)[0] as [string, number];
  return `/leads?${key}=${id}`;
}

/** The related leads the viewer may see, oldest first. */
export async function relatedLeads(viewer: CurrentUser, of: LeadsOf) {
  return db
    .select({
      id: leads.id,
      name: leads.name,
      stage: leads.stage,
      plannedInvestment: leads.plannedInvestment,
      signedInvestment: leads.signedInvestment,
      companyName: companies.name,
      groupName: taskGroups.name,
      ownerName: owner.name,
      originTripId: leads.originTripId,
      originMeetingId: leads.originMeetingId,
      createdAt: leads.createdAt,
    })
    .from(leads)
    .innerJoin(companies, eq(companies.id, leads.companyId))
    .innerJoin(taskGroups, eq(taskGroups.id, leads.taskGroupId))
    .innerJoin(owner, eq(owner.id, leads.ownerId))
    .where(and(leadScope(viewer), leadsOfCondition(of)))
    .orderBy(asc(leads.createdAt), asc(leads.id));
}

export type RelatedLead = Awaited<ReturnType<typeof relatedLeads>>[number];

/** How the leads table names the filter: the trip's title, the meeting's company and date, the company's name. */
export async function leadsOfName(of: LeadsOf): Promise<string | null> {
  if ("trip" in of) {
    const [row] = await db.select({ name: trips.title }).from(trips).where(eq(trips.id, of.trip));
    return row?.name ?? null;
  }
  if ("meeting" in of) {
    const [row] = await db
      .select({ company: companies.name, heldOn: meetings.heldOn })
      .from(meetings)
      .innerJoin(companies, eq(companies.id, meetings.companyId))
      .where(eq(meetings.id, of.meeting));
    return row ? `${row.company} ${row.heldOn}` : null;
  }
  const [row] = await db.select({ name: companies.name }).from(companies).where(eq(companies.id, of.company));
  return row?.name ?? null;
}
