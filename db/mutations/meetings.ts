// Writing meetings (会见/洽谈): the meeting, the company's people met (new ones join its contacts),
// our attendees. Every edit records the changed fields before and after in the audit log.
import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { companies, contacts, meetingAttendees, meetingContacts, meetings, tableAlias, trips, users } from "@/db/schema";
import { FieldError, NotFoundError } from "@/lib/actions/errors";
import { auditedChange, type ActionDefinition } from "@/lib/actions/run-action";
import type { CurrentUser } from "@/lib/auth/current-user";
import { type Changes, diffSnapshots, type Snapshot } from "@/lib/domain/changes";
import { type MeetingCreateInput, meetingCreateSchema, type MeetingUpdateInput, meetingUpdateSchema } from "@/lib/validation/meeting";
import { assertPeople, assertWritesTrips, refuseStale } from "./guard";
import { syncMeetingTask } from "./tasks";
import { writesTrips } from "@/lib/auth/policy";

const owner = tableAlias(users, "owner");

/** A meeting as people read it, for the before/after of its history. */
export async function meetingSnapshot(tx: Executor, meetingId: number): Promise<Snapshot | null> {
  const [meeting] = await tx
    .select({
      trip: trips.title,
      kind: meetings.kind,
      heldOn: meetings.heldOn,
      startsAt: meetings.startsAt,
      place: meetings.place,
      company: companies.name,
      summary: meetings.summary,
      nextSteps: meetings.nextSteps,
      nextStepOwner: owner.name,
      nextStepDueOn: meetings.nextStepDueOn,
    })
    .from(meetings)
    .innerJoin(companies, eq(companies.id, meetings.companyId))
    .leftJoin(trips, eq(trips.id, meetings.tripId))
    .leftJoin(owner, eq(owner.id, meetings.nextStepOwnerId))
    .where(eq(meetings.id, meetingId))
    .limit(1);
  if (!meeting) return null;
  const [people, ours] = await Promise.all([
    tx
      .select({ name: contacts.name })
      .from(meetingContacts)
      .innerJoin(contacts, eq(contacts.id, meetingContacts.contactId))
      .where(eq(meetingContacts.meetingId, meetingId))
      .orderBy(asc(contacts.id)),
    tx
      .select({ name: users.name })
      .from(meetingAttendees)
      .innerJoin(users, eq(users.id, meetingAttendees.userId))
      .where(eq(meetingAttendees.meetingId, meetingId))
      .orderBy(asc(users.id)),
  ]);
  return { ...meeting, contacts: people.map((p) => p.name), attendees: ours.map((p) => p.name) };
}

/** The rules a meeting's references must meet, whoever writes it. */
async function checkReferences(tx: Executor, input: MeetingCreateInput): Promise<void> {
  if (input.tripId) {
    const [trip] = await tx.select({ startOn: trips.startOn, endOn: trips.endOn }).from(trips).where(eq(trips.id, input.tripId)).limit(1);
    if (!trip) throw new FieldError("tripId", "meetings.tripNotFound");
    if (input.heldOn < trip.startOn || input.heldOn > trip.endOn) throw new FieldError("heldOn", "meetings.outsideTrip");
  }
  const [company] = await tx.select({ id: companies.id }).from(companies).where(eq(companies.id, input.companyId)).limit(1);
  if (!company) throw new FieldError("companyId", "meetings.companyNotFound");
  if (input.contactIds.length) {
    const own = await tx
      .select({ id: contacts.id })
      .from(contacts)
      .where(and(inArray(contacts.id, input.contactIds), eq(contacts.companyId, input.companyId)));
    if (own.length !== input.contactIds.length) throw new FieldError("contactIds", "meetings.contactNotOfCompany");
  }
  await assertPeople(tx, input.attendeeIds, "attendeeIds");
  if (input.nextStepOwnerId) await assertPeople(tx, [input.nextStepOwnerId], "nextStepOwnerId");
}

/** Sets the people on both sides; new people of the company join its contacts first. */
async function writePeople(tx: Executor, meetingId: number, input: MeetingCreateInput, now: Date): Promise<void> {
  const added = input.newContacts.length
    ? await tx
        .insert(contacts)
        .values(input.newContacts.map((c) => ({ companyId: input.companyId, name: c.name, title: c.title, phone: c.phone, createdAt: now, updatedAt: now })))
        .returning({ id: contacts.id })
    : [];
  const contactIds = [...new Set([...input.contactIds, ...added.map((c) => c.id)])];
  if (contactIds.length) await tx.insert(meetingContacts).values(contactIds.map((contactId) => ({ meetingId, contactId })));
  if (input.attendeeIds.length) await tx.insert(meetingAttendees).values(input.attendeeIds.map((userId) => ({ meetingId, userId })));
}

const columnsOf = (input: MeetingCreateInput) => ({
  tripId: input.tripId,
  companyId: input.companyId,
  kind: input.kind,
  heldOn: input.heldOn,
  startsAt: input.startsAt,
  place: input.place,
  summary: input.summary,
  nextSteps: input.nextSteps,
  nextStepOwnerId: input.nextStepOwnerId,
  nextStepDueOn: input.nextStepDueOn,
});

export async function insertMeeting(tx: Executor, user: CurrentUser, input: MeetingCreateInput, now = new Date()): Promise<{ id: number }> {
  assertWritesTrips(user);
  await checkReferences(tx, input);
  const [meeting] = await tx
    .insert(meetings)
    .values({ ...columnsOf(input), createdById: user.id, createdAt: now, updatedAt: now })
    .returning({ id: meetings.id });
  await writePeople(tx, meeting.id, input, now);
  await syncMeetingTask(tx, { id: meeting.id, ...input }, user.id, now);
  return meeting;
}

export async function updateMeeting(
  tx: Executor,
  user: CurrentUser,
  input: MeetingUpdateInput,
  now = new Date(),
): Promise<{ id: number; version: number; changes: Changes }> {
  assertWritesTrips(user);
  const [current] = await tx.select({ version: meetings.version }).from(meetings).where(eq(meetings.id, input.id)).limit(1);
  if (!current) throw new NotFoundError();
  if (current.version !== input.version) await refuseStale(tx, "meeting", input.id, current.version);
  await checkReferences(tx, input);
  const before = (await meetingSnapshot(tx, input.id))!;
  const [saved] = await tx
    .update(meetings)
    .set({ ...columnsOf(input), updatedAt: now, version: input.version + 1 })
    .where(and(eq(meetings.id, input.id), eq(meetings.version, input.version)))
    .returning({ id: meetings.id, version: meetings.version });
  if (!saved) await refuseStale(tx, "meeting", input.id, input.version + 1);
  await tx.delete(meetingContacts).where(eq(meetingContacts.meetingId, input.id));
  await tx.delete(meetingAttendees).where(eq(meetingAttendees.meetingId, input.id));
  await writePeople(tx, input.id, input, now);
  await syncMeetingTask(tx, input, user.id, now);
  const after = (await meetingSnapshot(tx, input.id))!;
  return { ...saved, changes: diffSnapshots(before, after) };
}

export const createMeeting = auditedChange({
  name: "meeting.create",
  schema: meetingCreateSchema,
  rule: writesTrips,
  entity: "meeting",
  change: insertMeeting,
  details: async (meeting, _, tx) => ({ before: {}, after: await meetingSnapshot(tx, meeting.id) }),
  revalidate: (input) => ["/meetings", "/tasks", ...(input.tripId ? [`/trips/${input.tripId}`] : [])],
});

export const editMeeting: ActionDefinition<typeof meetingUpdateSchema, { id: number; version: number; changed: string[] }> = {
  name: "meeting.update",
  schema: meetingUpdateSchema,
  rule: writesTrips,
  async run({ input, user, tx, audit }) {
    const { changes, ...meeting } = await updateMeeting(tx, user, input);
    await audit({ entity: "meeting", entityId: meeting.id, details: changes });
    return { ...meeting, changed: Object.keys(changes.after) };
  },
  revalidate: (input, meeting) => ["/meetings", `/meetings/${meeting.id}`, "/tasks", ...(input.tripId ? [`/trips/${input.tripId}`] : [])],
};
