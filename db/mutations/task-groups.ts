// Editing a task group (admin only): its name, heading city leader and industries, version checked.
import { and, eq, inArray, ne, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { industries, taskGroups, users } from "@/db/schema";
import { FieldError, NotFoundError } from "@/lib/actions/errors";
import type { TaskGroupUpdateInput } from "@/lib/validation/task-group";
import { refuseStale } from "./guard";
import { isCityLeader } from "@/lib/auth/policy";

export async function updateTaskGroup(tx: Executor, input: TaskGroupUpdateInput) {
  const [current] = await tx
    .select({ id: taskGroups.id, version: taskGroups.version, name: taskGroups.name, leaderId: taskGroups.leaderId })
    .from(taskGroups)
    .where(eq(taskGroups.id, input.id))
    .limit(1);
  if (!current) throw new NotFoundError();
  if (current.version !== input.version) return refuseStale(tx, "task_group", input.id, current.version);
  const [taken] = await tx.select({ id: taskGroups.id }).from(taskGroups).where(and(eq(taskGroups.name, input.name), ne(taskGroups.id, input.id))).limit(1);
  if (taken) throw new FieldError("name", "groupEdit.nameTaken");
  if (input.leaderId) {
    const [leader] = await tx.select({ role: users.role, isActive: users.isActive }).from(users).where(eq(users.id, input.leaderId)).limit(1);
    if (!leader || !isCityLeader(leader) || !leader.isActive) throw new FieldError("leaderId", "groupEdit.leaderRole");
  }
  if (input.industryIds.length) {
    const known = await tx.select({ id: industries.id }).from(industries).where(inArray(industries.id, input.industryIds));
    if (known.length !== new Set(input.industryIds).size) throw new FieldError("industryIds", "integrity.industryUnknown");
  }
  const [updated] = await tx
    .update(taskGroups)
    .set({ name: input.name, leaderId: input.leaderId, description: input.description, updatedAt: new Date(), version: sql`${taskGroups.version} + 1` })
    .where(and(eq(taskGroups.id, input.id), eq(taskGroups.version, input.version)))
    .returning({ id: taskGroups.id, name: taskGroups.name, version: taskGroups.version });
  if (!updated) return refuseStale(tx, "task_group", input.id, current.version);
  // Industries follow exactly one group: those ticked move here, those unticked are left without one.
  await tx.update(industries).set({ taskGroupId: null }).where(eq(industries.taskGroupId, input.id));
  if (input.industryIds.length) await tx.update(industries).set({ taskGroupId: input.id }).where(inArray(industries.id, input.industryIds));
  return { ...updated, before: { name: current.name, leaderId: current.leaderId } };
}
