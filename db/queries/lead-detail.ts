import "server-only";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { agreements, chainNodes, chains, companies, districts, industries, leadEvents, leads, meetings, partners, tableAlias, taskGroupMembers, taskGroups, tasks, trips, users } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { canChangeLead, canInstruct, canReassignLead } from "@/lib/auth/policy";
import { isStale } from "@/lib/domain/stale";
import { loadStaleLimits } from "./stage-settings";
import { leadOwner } from "./leads/table";
import { leadScope } from "./scope";

const leader = tableAlias(users, "leader");
const creator = tableAlias(users, "creator");
const editor = tableAlias(users, "editor");
const tripLeader = tableAlias(users, "trip_leader");
const meetingCompany = tableAlias(companies, "meeting_company");
const actor = tableAlias(users, "actor");

/**
 * One lead with everything its page shows, or null when it does not exist or lies outside the
 * viewer's scope (the page answers both with the same 404).
 */
export async function getLead(viewer: CurrentUser, id: number, now = new Date()) {
  const [row] = await db
    .select({
      id: leads.id,
      name: leads.name,
      externalId: leads.externalId,
      companyId: leads.companyId,
      companyName: companies.name,
      companyCity: companies.city,
      taskGroupId: leads.taskGroupId,
      groupName: taskGroups.name,
      ownerId: leads.ownerId,
      ownerName: leadOwner.name,
      ownerTitle: leadOwner.title,
      districtId: leads.districtId,
      districtName: districts.name,
      industryId: leads.industryId,
      industryName: industries.name,
      source: leads.source,
      stage: leads.stage,
      stageReason: leads.stageReason,
      plannedInvestment: leads.plannedInvestment,
      signedInvestment: leads.signedInvestment,
      signedOn: leads.signedOn,
      stageEnteredAt: leads.stageEnteredAt,
      lastActivityAt: leads.lastActivityAt,
      nextFollowUpOn: leads.nextFollowUpOn,
      leaderId: leads.leaderId,
      leaderName: leader.name,
      leaderTitle: leader.title,
      originTripId: leads.originTripId,
      originTripTitle: trips.title,
      originTripStartOn: trips.startOn,
      originTripEndOn: trips.endOn,
      originTripLeaderName: tripLeader.name,
      originMeetingId: leads.originMeetingId,
      originMeetingHeldOn: meetings.heldOn,
      originMeetingPlace: meetings.place,
      originMeetingCompany: meetingCompany.name,
      chainNodeName: chainNodes.name,
      chainName: chains.name,
      agreementId: leads.agreementId,
      agreementTitle: agreements.title,
      description: leads.description,
      createdByName: creator.name,
      createdAt: leads.createdAt,
      updatedByName: editor.name,
      updatedAt: leads.updatedAt,
      version: leads.version,
    })
    .from(leads)
    .innerJoin(companies, eq(companies.id, leads.companyId))
    .innerJoin(taskGroups, eq(taskGroups.id, leads.taskGroupId))
    .innerJoin(leadOwner, eq(leadOwner.id, leads.ownerId))
    .leftJoin(districts, eq(districts.id, leads.districtId))
    .leftJoin(industries, eq(industries.id, leads.industryId))
    .leftJoin(leader, eq(leader.id, leads.leaderId))
    .leftJoin(trips, eq(trips.id, leads.originTripId))
    .leftJoin(tripLeader, eq(tripLeader.id, trips.leaderId))
    .leftJoin(meetings, eq(meetings.id, leads.originMeetingId))
    .leftJoin(meetingCompany, eq(meetingCompany.id, meetings.companyId))
    .leftJoin(chainNodes, eq(chainNodes.id, leads.chainNodeId))
    .leftJoin(chains, eq(chains.id, chainNodes.chainId))
    .leftJoin(agreements, eq(agreements.id, leads.agreementId))
    .leftJoin(creator, eq(creator.id, leads.createdById))
    .leftJoin(editor, eq(editor.id, leads.updatedById))
    .where(and(eq(leads.id, id), leadScope(viewer)))
    .limit(1);
  if (!row) return null;
  const limits = await loadStaleLimits();
  return {
    ...row,
    isStale: isStale(row, limits, now),
    staleDays: limits[row.stage],
    canChange: canChangeLead(viewer, row),
    canReassign: canReassignLead(viewer, row),
    canInstruct: canInstruct(viewer),
  };
}

export type LeadDetail = NonNullable<Awaited<ReturnType<typeof getLead>>>;

/** The lead's history, newest first, with who did what; empty for a lead outside the viewer's scope. */
export async function leadTimeline(viewer: CurrentUser, leadId: number) {
  const events = await db
    .select({
      id: leadEvents.id,
      kind: leadEvents.kind,
      fromStage: leadEvents.fromStage,
      toStage: leadEvents.toStage,
      fromValue: leadEvents.fromValue,
      toValue: leadEvents.toValue,
      field: leadEvents.field,
      body: leadEvents.body,
      occurredAt: leadEvents.occurredAt,
      actorName: actor.name,
      actorTitle: actor.title,
      // A 批示 with a 办理时限: its task (to answer it by a date), answered or not.
      task: {
        id: tasks.id,
        status: tasks.status,
        dueOn: tasks.dueOn,
        version: tasks.version,
        ownerId: tasks.ownerId,
        createdById: tasks.createdById,
        taskGroupId: tasks.taskGroupId,
        doneNote: tasks.doneNote,
      },
    })
    .from(leadEvents)
    .innerJoin(leads, eq(leads.id, leadEvents.leadId))
    .leftJoin(actor, eq(actor.id, leadEvents.actorId))
    .leftJoin(tasks, eq(tasks.leadEventId, leadEvents.id))
    .where(and(eq(leadEvents.leadId, leadId), leadScope(viewer)))
    .orderBy(desc(leadEvents.occurredAt), desc(leadEvents.id));
  // Owner changes keep user ids; show their names.
  const ids = new Set<number>();
  for (const e of events) {
    if (e.kind !== "owner") continue;
    for (const v of [e.fromValue, e.toValue]) if (v && /^\d+$/.test(v)) ids.add(Number(v));
  }
  const names = ids.size
    ? new Map(
        (await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, [...ids]))).map((u) => [
          String(u.id),
          u.name,
        ]),
      )
    : new Map<string, string>();
  return events.map((e) =>
    e.kind === "owner"
      ? { ...e, fromValue: e.fromValue ? (names.get(e.fromValue) ?? e.fromValue) : null, toValue: e.toValue ? (names.get(e.toValue) ?? e.toValue) : null }
      : e,
  );
}

export type TimelineEvent = Awaited<ReturnType<typeof leadTimeline>>[number];

/** The people of a task group (candidates for a lead's owner), the group lead first. */
export async function groupMembers(taskGroupId: number) {
  return db
    .select({ id: users.id, name: users.name, title: users.title, groupRole: taskGroupMembers.role })
    .from(taskGroupMembers)
    .innerJoin(users, eq(users.id, taskGroupMembers.userId))
    .where(and(eq(taskGroupMembers.taskGroupId, taskGroupId), eq(users.isActive, true)))
    .orderBy(asc(taskGroupMembers.role), asc(users.id));
}

/** Choices of the lead edit form. */
export async function leadFormOptions() {
  const [districtRows, industryRows, leaders, agreementRows] = await Promise.all([
    db.select({ id: districts.id, name: districts.name }).from(districts).orderBy(asc(districts.sortOrder), asc(districts.id)),
    db.select({ id: industries.id, name: industries.name }).from(industries).orderBy(asc(industries.sortOrder), asc(industries.id)),
    db.select({ id: users.id, name: users.name, title: users.title }).from(users).where(eq(users.role, "leader")).orderBy(asc(users.id)),
    // The partner agreements a lead may come from, named with their partner.
    db
      .select({ id: agreements.id, title: agreements.title, partnerName: partners.name })
      .from(agreements)
      .innerJoin(partners, eq(partners.id, agreements.partnerId))
      .orderBy(asc(partners.name), asc(agreements.id)),
  ]);
  return {
    districts: districtRows,
    industries: industryRows,
    leaders,
    agreements: agreementRows.map((a) => ({ id: a.id, name: `${a.partnerName} · ${a.title}` })),
  };
}
