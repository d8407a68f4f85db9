// Reading tasks (待办): one's own open ones for the 工作台, and the 待办 page with its filters, each
// within what the reader may see (taskScope).
import "server-only";
import { and, asc, count, desc, eq, gte, inArray, lt, lte, or, sql, type SQL } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { companies, leads, meetings, tableAlias, taskGroupMembers, taskGroups, tasks, users } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { assignsTasksToAnyone, readsAllLeads } from "@/lib/auth/policy";
import { addIsoDays } from "@/lib/domain/trip-context";
import type { TaskFilters } from "@/lib/task-filters";

/**
 * The tasks a user may read, as a WHERE condition: leaders, secretaries and the admin read all;
 * others their own (as owner or as whoever set them), their task groups' tasks and, for a group's
 * lead, the tasks of the group's people.
 */
export function taskScope(user: CurrentUser): SQL | undefined {
  if (readsAllLeads(user)) return undefined;
  const conditions: SQL[] = [eq(tasks.ownerId, user.id), eq(tasks.createdById, user.id)];
  if (user.groupIds.length) conditions.push(inArray(tasks.taskGroupId, user.groupIds));
  if (user.leadGroupIds.length) {
    conditions.push(inArray(tasks.ownerId, db.select({ id: taskGroupMembers.userId }).from(taskGroupMembers).where(inArray(taskGroupMembers.taskGroupId, user.leadGroupIds))));
  }
  return or(...conditions);
}

const owner = tableAlias(users, "task_owner");

const taskColumns = {
  id: tasks.id,
  title: tasks.title,
  dueOn: tasks.dueOn,
  status: tasks.status,
  source: tasks.source,
  version: tasks.version,
  ownerId: tasks.ownerId,
  ownerName: owner.name,
  createdById: tasks.createdById,
  taskGroupId: tasks.taskGroupId,
  doneNote: tasks.doneNote,
  doneAt: tasks.doneAt,
  meetingId: tasks.meetingId,
  meetingHeldOn: meetings.heldOn,
  companyName: companies.name,
  leadId: tasks.leadId,
  leadName: leads.name,
  leadEventId: tasks.leadEventId,
};
export type TaskRow = Awaited<ReturnType<typeof taskList>>["rows"][number];

/** By due date, the undated last; then the oldest first. */
const taskOrder = [sql`${tasks.dueOn} IS NULL`, asc(tasks.dueOn), asc(tasks.id)];

function selectTasks(where: SQL | undefined, executor: Executor = db) {
  return executor
    .select(taskColumns)
    .from(tasks)
    .innerJoin(owner, eq(owner.id, tasks.ownerId))
    .leftJoin(meetings, eq(meetings.id, tasks.meetingId))
    .leftJoin(companies, eq(companies.id, meetings.companyId))
    .leftJoin(leads, eq(leads.id, tasks.leadId))
    .where(where);
}

const pageSize = 50;

/** The 待办 page: the reader's tasks by default, or every task they may read; by status and due date. */
export async function taskList(viewer: CurrentUser, filters: TaskFilters, today: string) {
  const conditions: (SQL | undefined)[] = [taskScope(viewer), eq(tasks.status, filters.status)];
  if (filters.mine) conditions.push(eq(tasks.ownerId, viewer.id));
  if (filters.ownerId) conditions.push(eq(tasks.ownerId, filters.ownerId));
  if (filters.groupId) conditions.push(eq(tasks.taskGroupId, filters.groupId));
  if (filters.due === "overdue") conditions.push(lt(tasks.dueOn, today));
  if (filters.due === "today") conditions.push(eq(tasks.dueOn, today));
  if (filters.due === "week") conditions.push(and(gte(tasks.dueOn, today), lte(tasks.dueOn, addIsoDays(today, 6))));
  const where = and(...conditions);
  const order = filters.status === "open" ? taskOrder : [desc(tasks.doneAt), desc(tasks.id)];
  // The page's ids first, from the tasks alone (the sort reads index entries, not joined rows), then
  // the page's 50 rows with their owner, meeting and lead (a leader's 86,000 open tasks: 53 → 9 ms).
  const [pageIds, [{ total }]] = await Promise.all([
    db.select({ id: tasks.id }).from(tasks).where(where).orderBy(...order).limit(pageSize).offset((filters.page - 1) * pageSize),
    db.select({ total: count() }).from(tasks).where(where),
  ]);
  const rows = pageIds.length ? await selectTasks(inArray(tasks.id, pageIds.map((p) => p.id))).orderBy(...order) : [];
  return { rows, total, pageSize };
}

/** 我的待办: the reader's open tasks, in three bands by due date (overdue, today, the week ahead) and the rest. */
export async function myOpenTasks(viewer: CurrentUser, today: string, limit = 20) {
  const where = and(eq(tasks.ownerId, viewer.id), eq(tasks.status, "open"));
  const [rows, [{ total }], [{ overdue }]] = await Promise.all([
    selectTasks(where).orderBy(...taskOrder).limit(limit),
    db.select({ total: count() }).from(tasks).where(where),
    db.select({ overdue: count() }).from(tasks).where(and(where, lt(tasks.dueOn, today))),
  ]);
  const weekEnd = addIsoDays(today, 6);
  const band = (dueOn: string | null) => (dueOn === null ? "later" : dueOn < today ? "overdue" : dueOn === today ? "today" : dueOn <= weekEnd ? "week" : "later");
  return { rows: rows.map((row) => ({ ...row, band: band(row.dueOn) })), total, overdue };
}

/** One task, if the reader may read it (the row the mutations check before writing). */
export async function taskInScope(viewer: CurrentUser, id: number, executor: Executor = db) {
  const [row] = await selectTasks(and(eq(tasks.id, id), taskScope(viewer)), executor).limit(1);
  return row ?? null;
}


export type LeadOpenTask = { id: number; title: string; source: TaskRow["source"]; dueOn: string | null };

/**
 * Each shown lead's open task due first (for its card, row and page), one indexed lookup per lead
 * (tasks_lead_status_due_idx): a lead's task is read by whoever reads the lead.
 */
export async function openTaskOfLeads(leadIds: readonly number[], executor: Executor = db): Promise<Map<number, LeadOpenTask>> {
  const byLead = new Map<number, LeadOpenTask>();
  if (!leadIds.length) return byLead;
  const rows = await executor
    .select({ leadId: tasks.leadId, id: tasks.id, title: tasks.title, source: tasks.source, dueOn: tasks.dueOn })
    .from(tasks)
    .where(and(inArray(tasks.leadId, [...leadIds]), eq(tasks.status, "open")))
    .orderBy(...taskOrder);
  for (const { leadId, ...task } of rows) if (leadId !== null && !byLead.has(leadId)) byLead.set(leadId, task);
  return byLead;
}

/**
 * Whom the viewer may give a task by hand (新建待办): leaders, secretaries and the admin anyone who
 * works here; a group's lead themselves and the people of the groups they lead; others themselves.
 * The action checks the same rule (mayTake in db/mutations/tasks.ts).
 */
export async function taskOwnerChoices(viewer: CurrentUser) {
  const people = { id: users.id, name: users.name, title: users.title };
  const active = and(eq(users.isActive, true), sql`${users.role} <> 'admin'`);
  if (assignsTasksToAnyone(viewer)) return db.select(people).from(users).where(active).orderBy(asc(users.name), asc(users.id));
  const ids = new Set([viewer.id]);
  if (viewer.leadGroupIds.length) {
    const members = await db.select({ id: taskGroupMembers.userId }).from(taskGroupMembers).where(inArray(taskGroupMembers.taskGroupId, viewer.leadGroupIds));
    for (const m of members) ids.add(m.id);
  }
  return db.select(people).from(users).where(and(active, inArray(users.id, [...ids]))).orderBy(asc(users.id));
}

/** The names the 待办 page shows for its group and owner filters (督办's links). */
export async function taskFilterNames(filters: Pick<TaskFilters, "groupId" | "ownerId">) {
  const [group, owner] = await Promise.all([
    filters.groupId ? db.select({ name: taskGroups.name }).from(taskGroups).where(eq(taskGroups.id, filters.groupId)).limit(1) : [],
    filters.ownerId ? db.select({ name: users.name }).from(users).where(eq(users.id, filters.ownerId)).limit(1) : [],
  ]);
  return { groupName: group[0]?.name ?? null, ownerName: owner[0]?.name ?? null };
}
