// The morning reminders (通知): tasks due tomorrow, tasks past due (once per task and due date), and
// the 月报 reminder to each task group's lead(s) three days before and on the admin's 月报截止日 while
// the group's figures for the month before are missing. Every notification carries a dedupe key, so
// that however often this runs (catch-up, cron and servers at once) each is written once.
import "server-only";
import { and, eq, gte, inArray, isNotNull, lt, lte, notExists, or, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { notify } from "@/db/mutations/notifications";
import { investmentReports, leads, notifications, officeSettings, taskGroupMembers, taskGroups, tasks, users } from "@/db/schema";
import { lastDayOfMonth, previousMonth } from "@/lib/domain/period";
import { signedStages } from "@/lib/domain/stages";
import { addIsoDays } from "@/lib/domain/trip-context";
import { toIsoDate } from "@/lib/format";

/** The 月报 reminder goes out this many days before the due day, and on it. */
export const reportReminderDaysBefore = 3;
/**
 * A task is reminded as overdue once, in the week after its due date (a server down a few days still
 * catches up). Older overdue tasks were reminded then, or predate the reminders: they stay red in
 * 我的待办 and 督办, but the first run on a city's years of records does not bury people in reminders.
 */
export const overdueReminderWindowDays = 7;
/** Notifications written per transaction (a first run after months may find many overdue tasks). */
const chunk = 200;

const cut = (text: string) => ([...text].length > 200 ? [...text].slice(0, 199).join("") + "…" : text);

async function inChunks<T>(rows: T[], write: (tx: Parameters<Parameters<typeof db.transaction>[0]>[0], row: T) => Promise<boolean>) {
  let written = 0;
  for (let i = 0; i < rows.length; i += chunk) {
    await db.transaction(async (tx) => {
      for (const row of rows.slice(i, i + chunk)) if (await write(tx, row)) written += 1;
    });
  }
  return written;
}

const openTaskOfActiveOwner = and(eq(tasks.status, "open"), eq(users.isActive, true));

/** Tasks due tomorrow (China time) and tasks past due, each told to its owner once. */
export async function taskReminders(now: Date) {
  const today = toIsoDate(now);
  const tomorrow = addIsoDays(today, 1);
  const dueKey = sql`'task_due:' || ${tasks.id} || ':' || ${tasks.dueOn}`;
  const overdueKey = sql`'task_overdue:' || ${tasks.id} || ':' || ${tasks.dueOn}`;
  const unsent = (key: typeof dueKey) => notExists(db.select({ one: sql`1` }).from(notifications).where(eq(notifications.dedupeKey, key)));
  const select = { id: tasks.id, title: tasks.title, dueOn: tasks.dueOn, ownerId: tasks.ownerId, leadId: tasks.leadId };
  const [dueTomorrow, overdue] = await Promise.all([
    db.select(select).from(tasks).innerJoin(users, eq(users.id, tasks.ownerId)).where(and(openTaskOfActiveOwner, eq(tasks.dueOn, tomorrow), unsent(dueKey))),
    db
      .select(select)
      .from(tasks)
      .innerJoin(users, eq(users.id, tasks.ownerId))
      .where(and(openTaskOfActiveOwner, isNotNull(tasks.dueOn), lt(tasks.dueOn, today), gte(tasks.dueOn, addIsoDays(today, -overdueReminderWindowDays)), unsent(overdueKey))),
  ]);
  const remind = (kind: "task_due" | "task_overdue") => (tx: Parameters<typeof notify>[0], task: (typeof overdue)[number]) =>
    notify(
      tx,
      {
        userId: task.ownerId,
        kind,
        taskId: task.id,
        leadId: task.leadId,
        params: { title: cut(task.title), dueOn: task.dueOn! },
        dedupeKey: `${kind}:${task.id}:${task.dueOn}`,
      },
      now,
    );
  return {
    taskDue: await inChunks(dueTomorrow, remind("task_due")),
    taskOverdue: await inChunks(overdue, remind("task_overdue")),
  };
}

/** The day of this month the 月报 is due, if the admin set one. */
export function reportDueOn(today: string, dueDay: number): string {
  const lastDay = Number(lastDayOfMonth(today).slice(8, 10));
  return `${today.slice(0, 7)}-${String(Math.min(dueDay, lastDay)).padStart(2, "0")}`;
}

/**
 * The task groups whose 月报 of `month` (YYYY-MM) is missing: a lead of the group signed by the end of
 * that month (the leads the month's figures grid lists) has no figures row for it.
 */
export async function groupsMissingReport(month: string) {
  const monthOn = `${month}-01`;
  return db
    .select({ groupId: leads.taskGroupId, groupName: taskGroups.name, missing: sql<number>`count(*)` })
    .from(leads)
    .innerJoin(taskGroups, eq(taskGroups.id, leads.taskGroupId))
    .where(
      and(
        inArray(leads.stage, [...signedStages]),
        lte(leads.signedOn, lastDayOfMonth(month)),
        notExists(
          db
            .select({ one: sql`1` })
            .from(investmentReports)
            .where(and(eq(investmentReports.leadId, leads.id), eq(investmentReports.monthOn, monthOn))),
        ),
      ),
    )
    .groupBy(leads.taskGroupId, taskGroups.name);
}

/** The 月报 reminder of today, if today is its day: to the lead(s) of each group whose figures are missing. */
export async function reportReminders(now: Date) {
  const today = toIsoDate(now);
  const [settings] = await db.select({ dueDay: officeSettings.reportDueDay }).from(officeSettings).where(eq(officeSettings.id, 1)).limit(1);
  if (!settings?.dueDay) return { reportDue: 0 };
  const dueOn = reportDueOn(today, settings.dueDay);
  if (today !== dueOn && today !== addIsoDays(dueOn, -reportReminderDaysBefore)) return { reportDue: 0 };
  const month = previousMonth(today);
  const missing = await groupsMissingReport(month);
  if (!missing.length) return { reportDue: 0 };
  const groupIds = missing.map((g) => g.groupId);
  // A group's leads: its members in the lead role, and the leader the group names.
  const leadsOfGroups = await db
    .selectDistinct({ groupId: taskGroups.id, userId: users.id })
    .from(taskGroups)
    .innerJoin(
      users,
      or(
        eq(users.id, taskGroups.leaderId),
        inArray(
          users.id,
          db.select({ id: taskGroupMembers.userId }).from(taskGroupMembers).where(and(eq(taskGroupMembers.taskGroupId, taskGroups.id), eq(taskGroupMembers.role, "lead"))),
        ),
      ),
    )
    .where(and(inArray(taskGroups.id, groupIds), eq(users.isActive, true)));
  const names = new Map(missing.map((g) => [g.groupId, g.groupName]));
  const reportDue = await inChunks(leadsOfGroups, (tx, { groupId, userId }) =>
    notify(
      tx,
      {
        userId,
        kind: "report_due",
        params: { month, dueOn, taskGroupName: names.get(groupId)! },
        dedupeKey: `report_due:${groupId}:${month}:${today}:${userId}`,
      },
      now,
    ),
  );
  return { reportDue };
}

/** The reminders job. */
export async function runReminders(now: Date) {
  return { ...(await taskReminders(now)), ...(await reportReminders(now)) };
}
