// Writing tasks (待办). A meeting's 下一步工作 is its task, kept in step in the meeting's own
// transaction; its owner (or whoever set it, the group's lead, the admin) marks it done or open again.
import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { taskInScope } from "@/db/queries/tasks";
import { tasks } from "@/db/schema";
import { ForbiddenError, NotFoundError } from "@/lib/actions/errors";
import type { ActionDefinition } from "@/lib/actions/run-action";
import { anyone, canCompleteTask } from "@/lib/auth/policy";
import { taskStatusSchema } from "@/lib/validation/task";
import { refuseStale } from "./guard";

type MeetingStep = { id: number; nextSteps: string | null; nextStepOwnerId: number | null; nextStepDueOn: string | null };

/**
 * The meeting's next step as its task: written when the step has a text and an owner; a changed
 * step (text, owner or date) is a new commitment and opens again; a step removed cancels the task.
 */
export async function syncMeetingTask(tx: Executor, meeting: MeetingStep, actorId: number, now: Date): Promise<void> {
  const title = meeting.nextSteps?.trim() ?? "";
  const [current] = await tx
    .select({ id: tasks.id, title: tasks.title, ownerId: tasks.ownerId, dueOn: tasks.dueOn, status: tasks.status })
    .from(tasks)
    .where(eq(tasks.meetingId, meeting.id))
    .limit(1);
  const bump = { updatedAt: now, version: sql`${tasks.version} + 1` };
  if (!title || !meeting.nextStepOwnerId) {
    if (current?.status === "open") await tx.update(tasks).set({ status: "cancelled", ...bump }).where(eq(tasks.id, current.id));
    return;
  }
  const step = { title, ownerId: meeting.nextStepOwnerId, dueOn: meeting.nextStepDueOn };
  if (!current) {
    await tx.insert(tasks).values({ ...step, status: "open", source: "meeting", meetingId: meeting.id, createdById: actorId, createdAt: now, updatedAt: now });
    return;
  }
  const changed = current.title !== step.title || current.ownerId !== step.ownerId || current.dueOn !== step.dueOn;
  if (!changed && current.status !== "cancelled") return;
  await tx
    .update(tasks)
    .set({ ...step, status: "open", doneAt: null, doneNote: null, ...bump })
    .where(eq(tasks.id, current.id));
}

export const setTaskStatus: ActionDefinition<typeof taskStatusSchema, { id: number; version: number; status: "open" | "done" }> = {
  name: "task.status",
  schema: taskStatusSchema,
  rule: anyone,
  async run({ input, user, tx, audit }) {
    const task = await taskInScope(user, input.id, tx);
    if (!task) throw new NotFoundError();
    if (!canCompleteTask(user, task)) throw new ForbiddenError();
    if (task.version !== input.version) await refuseStale(tx, "task", task.id, task.version);
    const status = input.done ? ("done" as const) : ("open" as const);
    const now = new Date();
    const [saved] = await tx
      .update(tasks)
      .set({ status, doneAt: input.done ? now : null, doneNote: input.done ? input.note : null, updatedAt: now, version: input.version + 1 })
      .where(and(eq(tasks.id, task.id), eq(tasks.version, input.version)))
      .returning({ id: tasks.id, version: tasks.version });
    if (!saved) await refuseStale(tx, "task", task.id, input.version + 1);
    await audit({ entity: "task", entityId: task.id, details: { before: { status: task.status }, after: { status, ...(input.note && input.done ? { note: input.note } : {}) } } });
    return { ...saved, status };
  },
  revalidate: ["/", "/tasks"],
};
