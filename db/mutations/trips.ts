// Writing trips (考察) and their delegations. The action definitions below are wrapped by
// app/(crm)/trips/actions.ts (which adds revalidation) and called directly by integration tests.
import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { tripMembers, trips, users } from "@/db/schema";
import { FieldError, NotFoundError } from "@/lib/actions/errors";
import { auditedChange, type ActionDefinition } from "@/lib/actions/run-action";
import type { CurrentUser } from "@/lib/auth/current-user";
import { type Changes, diffSnapshots, type Snapshot } from "@/lib/domain/changes";
import { type TripCreateInput, tripCreateSchema, type TripUpdateInput, tripUpdateSchema } from "@/lib/validation/trip";
import { assertPeople, assertWritesTrips, refuseStale } from "./guard";
import { writesTrips } from "@/lib/auth/policy";
import { tripFacts } from "@/db/queries/trips";

async function assertLeader(tx: Executor, leaderId: number): Promise<void> {
  const [row] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, leaderId), eq(users.role, "leader"), eq(users.isActive, true)))
    .limit(1);
  if (!row) throw new FieldError("leaderId", "trips.leaderInvalid");
}

/** The delegation without the leader heading it (the leader is shown apart). */
const delegationOf = (input: { leaderId: number; memberIds: number[] }) => input.memberIds.filter((id) => id !== input.leaderId);

/** A trip as people read it, for the before/after of its history. */
export async function tripSnapshot(tx: Executor, tripId: number): Promise<Snapshot | null> {
  const [trip] = await tx
    .select({
      title: trips.title,
      leader: users.name,
      ...tripFacts,
    })
    .from(trips)
    .innerJoin(users, eq(users.id, trips.leaderId))
    .where(eq(trips.id, tripId))
    .limit(1);
  if (!trip) return null;
  const members = await tx
    .select({ name: users.name })
    .from(tripMembers)
    .innerJoin(users, eq(users.id, tripMembers.userId))
    .where(eq(tripMembers.tripId, tripId))
    .orderBy(asc(users.id));
  return { ...trip, members: members.map((m) => m.name) };
}

/** The trip's own columns, as the form gives them (the delegation is written to trip_members). */
const columnsOf = (input: TripCreateInput) => ({
  title: input.title,
  leaderId: input.leaderId,
  startOn: input.startOn,
  endOn: input.endOn,
  destinations: input.destinations,
  region: input.region,
  purpose: input.purpose,
  status: input.status,
});

export async function insertTrip(tx: Executor, user: CurrentUser, input: TripCreateInput, now = new Date()): Promise<{ id: number }> {
  assertWritesTrips(user);
  await assertLeader(tx, input.leaderId);
  const memberIds = delegationOf(input);
  await assertPeople(tx, memberIds, "memberIds");
  const [trip] = await tx
    .insert(trips)
    .values({
      ...columnsOf(input),
      createdById: user.id,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: trips.id });
  if (memberIds.length) await tx.insert(tripMembers).values(memberIds.map((userId) => ({ tripId: trip.id, userId })));
  return trip;
}

export async function updateTrip(
  tx: Executor,
  user: CurrentUser,
  input: TripUpdateInput,
  now = new Date(),
): Promise<{ id: number; version: number; changes: Changes }> {
  assertWritesTrips(user);
  const [current] = await tx.select({ version: trips.version }).from(trips).where(eq(trips.id, input.id)).limit(1);
  if (!current) throw new NotFoundError();
  if (current.version !== input.version) await refuseStale(tx, "trip", input.id, current.version);
  await assertLeader(tx, input.leaderId);
  const memberIds = delegationOf(input);
  await assertPeople(tx, memberIds, "memberIds");
  const before = (await tripSnapshot(tx, input.id))!;
  // The version in the WHERE makes the check and the write one step: a concurrent save finds no row.
  const [saved] = await tx
    .update(trips)
    .set({
      ...columnsOf(input),
      updatedAt: now,
      version: input.version + 1,
    })
    .where(and(eq(trips.id, input.id), eq(trips.version, input.version)))
    .returning({ id: trips.id, version: trips.version });
  if (!saved) await refuseStale(tx, "trip", input.id, input.version + 1);
  await tx.delete(tripMembers).where(eq(tripMembers.tripId, input.id));
  if (memberIds.length) await tx.insert(tripMembers).values(memberIds.map((userId) => ({ tripId: input.id, userId })));
  const after = (await tripSnapshot(tx, input.id))!;
  return { ...saved, changes: diffSnapshots(before, after) };
}

export const createTrip = auditedChange({
  name: "trip.create",
  schema: tripCreateSchema,
  rule: writesTrips,
  entity: "trip",
  change: insertTrip,
  details: async (trip, _, tx) => ({ before: {}, after: await tripSnapshot(tx, trip.id) }),
  revalidate: ["/trips"],
});

export const editTrip: ActionDefinition<typeof tripUpdateSchema, { id: number; version: number }> = {
  name: "trip.update",
  schema: tripUpdateSchema,
  rule: writesTrips,
  async run({ input, user, tx, audit }) {
    const { changes, ...trip } = await updateTrip(tx, user, input);
    await audit({ entity: "trip", entityId: trip.id, details: changes });
    return trip;
  },
  revalidate: (_, trip) => ["/trips", `/trips/${trip.id}`],
};
