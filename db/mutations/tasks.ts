// Writing tasks (待办). Tasks that follow something else are kept in step in that thing's own
// transaction: a meeting's 下一步工作 (syncMeetingTask), a lead's 下次跟进日期 (syncFollowUpTask), a
// leader's 批示 with a 办理时限 (instructionTask). Others are set by a person: a 督办 item about a lead,
// or a task typed by hand. Their owner (or whoever set them, the group's lead, the admin) marks them
// done or open again, or gives them to someone else; a 批示's task is done by answering it.
import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { leadScope } from "@/db/queries/scope";
import { taskInScope, type TaskRow } from "@/db/queries/tasks";
import { leadEvents, leads, taskGroupMembers, tasks, users } from "@/db/schema";
import { FieldError, ForbiddenError, NotFoundError } from "@/lib/actions/errors";
import type { ActionDefinition, Revalidation } from "@/lib/actions/run-action";
import type { CurrentUser } from "@/lib/auth/current-user";
import {
  anyone,
  assignsTasksToAnyone,
  canAnswerInstruction,
  canCompleteTask,
  canSuperviseLead,
  mayCreateTasks,
  maySupervise,
  readsAllLeads,
} from "@/lib/auth/policy";
import { taskCreateSchema, taskReassignSchema, taskStatusSchema, supervisionTaskSchema } from "@/lib/validation/task";
import { refuseStale } from "./guard";
import { notify } from "./notifications";

/** A task shows on the 工作台, the 待办 page, 督办 and its lead's card, row and page. */
const everyPage: readonly Revalidation[] = [{ path: "/", type: "layout" }];

export const cut = (text: string, max = 200) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Tells a task's owner it is theirs, when someone else gave it to them. */
async function tellAssigned(tx: Executor, task: { id: number; title: string; ownerId: number; dueOn: string | null; leadId?: number | null }, actorId: number, now: Date) {
  await notify(tx, { userId: task.ownerId, kind: "task_assigned", actorId, taskId: task.id, leadId: task.leadId ?? null, params: { title: cut(task.title), dueOn: task.dueOn } }, now);
}

/**
 * The task group a task about no lead belongs to: its owner's (the first, for someone in several),
 * so that the group's lead, 督办 and the group's morning digest see it. Null for someone in none.
 */
async function ownersGroupId(tx: Executor, ownerId: number): Promise<number | null> {
  const [row] = await tx
    .select({ id: taskGroupMembers.taskGroupId })
    .from(taskGroupMembers)
    .where(eq(taskGroupMembers.userId, ownerId))
    .orderBy(taskGroupMembers.taskGroupId)
    .limit(1);
  return row?.id ?? null;
}

type MeetingStep = { id: number; nextSteps: string | null; nextStepOwnerId: number | null; nextStepDueOn: string | null };

/**
 * The meeting's next step as its task: written when the step has a text and an owner; a changed
 * step (text, owner or date) is a new commitment and opens again; a step removed cancels the task.
 * A new owner other than the one who wrote the meeting is told.
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
  const step = { title, ownerId: meeting.nextStepOwnerId, dueOn: meeting.nextStepDueOn, taskGroupId: await ownersGroupId(tx, meeting.nextStepOwnerId) };
  if (!current) {
    const [created] = await tx
      .insert(tasks)
      .values({ ...step, status: "open", source: "meeting", meetingId: meeting.id, createdById: actorId, createdAt: now, updatedAt: now })
      .returning({ id: tasks.id });
    await tellAssigned(tx, { id: created.id, ...step }, actorId, now);
    return;
  }
  const changed = current.title !== step.title || current.ownerId !== step.ownerId || current.dueOn !== step.dueOn;
  if (!changed && current.status !== "cancelled") return;
  await tx
    .update(tasks)
    .set({ ...step, status: "open", doneAt: null, doneNote: null, ...bump })
    .where(eq(tasks.id, current.id));
  if (current.ownerId !== step.ownerId) await tellAssigned(tx, { id: current.id, ...step }, actorId, now);
}

// ── A lead's 下次跟进日期 ──────────────────────────────────────────────────────────────────────────

/**
 * The lead's next follow-up date as its owner's task (one row per lead), kept in step in the change's
 * transaction: a date (on a lead not dropped) is an open task due then; a new date or a new owner
 * reopens it; a progress entry (`logged`) without a new date marks it done, one with a date opens it
 * again for that date; a date that goes (the lead dropped) cancels it. A new name or group is followed
 * as it is, done or not. The owner hears of the lead itself (lead_reassigned), not of this task.
 */
export async function syncFollowUpTask(tx: Executor, leadId: number, actorId: number, now: Date, options: { logged?: boolean } = {}): Promise<void> {
  const [lead] = await tx
    .select({ name: leads.name, taskGroupId: leads.taskGroupId, ownerId: leads.ownerId, stage: leads.stage, nextFollowUpOn: leads.nextFollowUpOn })
    .from(leads)
    .where(eq(leads.id, leadId))
    .limit(1);
  if (!lead) return;
  const [current] = await tx
    .select({ id: tasks.id, title: tasks.title, ownerId: tasks.ownerId, dueOn: tasks.dueOn, status: tasks.status, taskGroupId: tasks.taskGroupId })
    .from(tasks)
    .where(and(eq(tasks.leadId, leadId), eq(tasks.source, "follow_up")))
    .limit(1);
  const bump = { updatedAt: now, version: sql`${tasks.version} + 1` };
  const dueOn = lead.stage === "dropped" ? null : lead.nextFollowUpOn;
  if (!dueOn) {
    if (current?.status !== "open") return;
    const closed = options.logged && lead.stage !== "dropped" ? { status: "done" as const, doneAt: now } : { status: "cancelled" as const };
    await tx.update(tasks).set({ ...closed, ...bump }).where(eq(tasks.id, current.id));
    return;
  }
  const wanted = { title: lead.name, ownerId: lead.ownerId, dueOn, taskGroupId: lead.taskGroupId };
  if (!current) {
    await tx.insert(tasks).values({ ...wanted, status: "open", source: "follow_up", leadId, createdById: actorId, createdAt: now, updatedAt: now });
    return;
  }
  const reopen = Boolean(options.logged) || current.status === "cancelled" || current.ownerId !== wanted.ownerId || current.dueOn !== wanted.dueOn;
  const followed = current.title !== wanted.title || current.taskGroupId !== wanted.taskGroupId;
  if (!reopen && !followed) return;
  await tx
    .update(tasks)
    .set({ ...wanted, ...(reopen ? { status: "open" as const, doneAt: null, doneNote: null } : {}), ...bump })
    .where(eq(tasks.id, current.id));
}

// ── 批示 ──────────────────────────────────────────────────────────────────────────────────────────

/** A 批示 with a 办理时限: the lead's owner's task, answering the instruction event by the date. */
export async function instructionTask(
  tx: Executor,
  instruction: { eventId: number; body: string; leaderId: number; dueOn: string },
  lead: { id: number; ownerId: number; taskGroupId: number },
  now: Date,
): Promise<number> {
  const [task] = await tx
    .insert(tasks)
    .values({
      title: cut(instruction.body),
      ownerId: lead.ownerId,
      dueOn: instruction.dueOn,
      status: "open",
      source: "instruction",
      leadId: lead.id,
      taskGroupId: lead.taskGroupId,
      leadEventId: instruction.eventId,
      createdById: instruction.leaderId,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: tasks.id });
  return task.id;
}

/**
 * The owner's answer to a 批示: the task done with the answer, the answer on the lead's timeline (an
 * instruction_reply event pointing at the 批示), and the leader told.
 */
async function answerInstruction(tx: Executor, user: CurrentUser, task: TaskRow, version: number, answer: string, now: Date) {
  if (!task.leadId || !task.leadEventId) throw new NotFoundError();
  const [saved] = await tx
    .update(tasks)
    .set({ status: "done", doneAt: now, doneNote: answer, updatedAt: now, version: version + 1 })
    .where(and(eq(tasks.id, task.id), eq(tasks.version, version)))
    .returning({ id: tasks.id, version: tasks.version });
  if (!saved) await refuseStale(tx, "task", task.id, version + 1);
  await tx.insert(leadEvents).values({
    leadId: task.leadId,
    kind: "instruction_reply",
    fromValue: String(task.leadEventId),
    body: answer,
    actorId: user.id,
    occurredAt: now,
  });
  await tx.update(leads).set({ lastActivityAt: now }).where(eq(leads.id, task.leadId));
  if (task.createdById) {
    await notify(tx, { userId: task.createdById, kind: "instruction_answered", actorId: user.id, taskId: task.id, leadId: task.leadId, params: { leadName: task.leadName ?? "", body: cut(answer) } }, now);
  }
  return saved;
}

export const setTaskStatus: ActionDefinition<typeof taskStatusSchema, { id: number; version: number; status: "open" | "done" }> = {
  name: "task.status",
  schema: taskStatusSchema,
  rule: anyone,
  async run({ input, user, tx, audit }) {
    const task = await taskInScope(user, input.id, tx);
    if (!task) throw new NotFoundError();
    const isInstruction = task.source === "instruction";
    if (isInstruction ? !canAnswerInstruction(user, task) : !canCompleteTask(user, task)) throw new ForbiddenError();
    if (task.version !== input.version) await refuseStale(tx, "task", task.id, task.version);
    const now = new Date();
    if (isInstruction) {
      // A 批示 is done by answering it, once: the answer is on the lead's timeline for good.
      if (!input.done || task.status !== "open") throw new ForbiddenError();
      if (!input.note) throw new FieldError("note", "tasks.answerRequired");
      const saved = await answerInstruction(tx, user, task, input.version, input.note, now);
      await audit({ entity: "task", entityId: task.id, details: { before: { status: task.status }, after: { status: "done", answer: input.note } } });
      return { ...saved, status: "done" as const };
    }
    const status = input.done ? ("done" as const) : ("open" as const);
    const [saved] = await tx
      .update(tasks)
      .set({ status, doneAt: input.done ? now : null, doneNote: input.done ? input.note : null, updatedAt: now, version: input.version + 1 })
      .where(and(eq(tasks.id, task.id), eq(tasks.version, input.version)))
      .returning({ id: tasks.id, version: tasks.version });
    if (!saved) await refuseStale(tx, "task", task.id, input.version + 1);
    await audit({ entity: "task", entityId: task.id, details: { before: { status: task.status }, after: { status, ...(input.note && input.done ? { note: input.note } : {}) } } });
    return { ...saved, status };
  },
  revalidate: everyPage,
};

// ── Tasks a person sets: 督办 items, tasks by hand, and giving a task to someone else ──────────────

type LeadOfTask = { id: number; name: string; taskGroupId: number };

/** The lead a task is about, if the user may read it (outside their scope: as if it did not exist). */
async function readableLead(tx: Executor, user: CurrentUser, leadId: number): Promise<LeadOfTask> {
  const [lead] = await tx
    .select({ id: leads.id, name: leads.name, taskGroupId: leads.taskGroupId })
    .from(leads)
    .where(and(eq(leads.id, leadId), leadScope(user)))
    .limit(1);
  if (!lead) throw new NotFoundError();
  return lead;
}

/**
 * Whether `ownerId` may be given a task by this user: yourself always; a group lead the people of
 * the groups they lead; leaders, secretaries and the admin anyone who works (not the admin account).
 * A task about a lead goes only to someone who may work on it: a person of the lead's group (or, for
 * yourself, whoever reads every lead).
 */
async function mayTake(tx: Executor, user: CurrentUser, ownerId: number, lead: LeadOfTask | null): Promise<boolean> {
  const [owner] = await tx.select({ id: users.id, role: users.role, isActive: users.isActive }).from(users).where(eq(users.id, ownerId)).limit(1);
  if (!owner?.isActive || owner.role === "admin") return false;
  if (lead) {
    const [member] = await tx
      .select({ userId: taskGroupMembers.userId })
      .from(taskGroupMembers)
      .where(and(eq(taskGroupMembers.taskGroupId, lead.taskGroupId), eq(taskGroupMembers.userId, ownerId)))
      .limit(1);
    if (!member && !(ownerId === user.id && readsAllLeads(owner))) return false;
  }
  if (ownerId === user.id || assignsTasksToAnyone(user)) return true;
  if (!user.leadGroupIds.length) return false;
  const [ledBy] = await tx
    .select({ userId: taskGroupMembers.userId })
    .from(taskGroupMembers)
    .where(and(inArray(taskGroupMembers.taskGroupId, user.leadGroupIds), eq(taskGroupMembers.userId, ownerId)))
    .limit(1);
  return Boolean(ledBy);
}

async function insertTask(
  tx: Executor,
  user: CurrentUser,
  values: { title: string; ownerId: number; dueOn: string | null; source: "manual" | "supervision"; lead: LeadOfTask | null },
  now: Date,
) {
  const [task] = await tx
    .insert(tasks)
    .values({
      title: values.title,
      ownerId: values.ownerId,
      dueOn: values.dueOn,
      status: "open",
      source: values.source,
      leadId: values.lead?.id ?? null,
      taskGroupId: values.lead ? values.lead.taskGroupId : await ownersGroupId(tx, values.ownerId),
      createdById: user.id,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: tasks.id, version: tasks.version });
  await tellAssigned(tx, { id: task.id, title: values.title, ownerId: values.ownerId, dueOn: values.dueOn, leadId: values.lead?.id }, user.id, now);
  return task;
}

/** 新建待办: a task by hand, for yourself or (by the rules of mayTake) for someone else, about a lead or not. */
export const createTask: ActionDefinition<typeof taskCreateSchema, { id: number; version: number }> = {
  name: "task.create",
  schema: taskCreateSchema,
  rule: mayCreateTasks,
  async run({ input, user, tx, audit }) {
    const lead = input.leadId ? await readableLead(tx, user, input.leadId) : null;
    if (!(await mayTake(tx, user, input.ownerId, lead))) throw new FieldError("ownerId", "tasks.ownerNotAllowed");
    const task = await insertTask(tx, user, { ...input, source: "manual", lead }, new Date());
    await audit({ entity: "task", entityId: task.id, details: input });
    return task;
  },
  revalidate: everyPage,
};

/** A 督办 item: a city leader (any lead) or a group's lead (their groups' leads) sets a person of the lead's group a task with a date. */
export const createSupervisionTask: ActionDefinition<typeof supervisionTaskSchema, { id: number; version: number }> = {
  name: "task.supervise",
  schema: supervisionTaskSchema,
  rule: maySupervise,
  async run({ input, user, tx, audit }) {
    const lead = await readableLead(tx, user, input.leadId);
    if (!canSuperviseLead(user, lead)) throw new ForbiddenError();
    const [member] = await tx
      .select({ userId: taskGroupMembers.userId })
      .from(taskGroupMembers)
      .innerJoin(users, eq(users.id, taskGroupMembers.userId))
      .where(and(eq(taskGroupMembers.taskGroupId, lead.taskGroupId), eq(taskGroupMembers.userId, input.ownerId), eq(users.isActive, true)))
      .limit(1);
    if (!member) throw new FieldError("ownerId", "leads.ownerNotInGroup");
    const task = await insertTask(tx, user, { ...input, source: "supervision", lead }, new Date());
    await audit({ entity: "task", entityId: task.id, details: input });
    return task;
  },
  revalidate: everyPage,
};

/**
 * Gives a task to someone else (whoever may close it, to someone mayTake allows); the new owner is
 * told. A meeting's step and a lead's follow-up follow their meeting and lead: changed there.
 */
export const reassignTask: ActionDefinition<typeof taskReassignSchema, { id: number; version: number }> = {
  name: "task.reassign",
  schema: taskReassignSchema,
  rule: anyone,
  async run({ input, user, tx, audit }) {
    const task = await taskInScope(user, input.id, tx);
    if (!task) throw new NotFoundError();
    if (!canCompleteTask(user, task) || task.status !== "open") throw new ForbiddenError();
    if (task.source === "meeting" || task.source === "follow_up") throw new FieldError("ownerId", `tasks.followsSource.${task.source}`);
    if (task.version !== input.version) await refuseStale(tx, "task", task.id, task.version);
    if (input.ownerId === task.ownerId) throw new FieldError("ownerId", "tasks.ownerUnchanged");
    const lead = task.leadId ? await readableLead(tx, user, task.leadId) : null;
    if (!(await mayTake(tx, user, input.ownerId, lead))) throw new FieldError("ownerId", "tasks.ownerNotAllowed");
    const now = new Date();
    const [saved] = await tx
      .update(tasks)
      .set({ ownerId: input.ownerId, ...(lead ? {} : { taskGroupId: await ownersGroupId(tx, input.ownerId) }), updatedAt: now, version: input.version + 1 })
      .where(and(eq(tasks.id, task.id), eq(tasks.version, input.version)))
      .returning({ id: tasks.id, version: tasks.version });
    if (!saved) await refuseStale(tx, "task", task.id, input.version + 1);
    await tellAssigned(tx, { id: task.id, title: task.title, ownerId: input.ownerId, dueOn: task.dueOn, leadId: task.leadId }, user.id, now);
    await audit({ entity: "task", entityId: task.id, details: { before: { ownerId: task.ownerId }, after: { ownerId: input.ownerId } } });
    return saved;
  },
  revalidate: everyPage,
};
