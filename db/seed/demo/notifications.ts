// A handful of notifications for the demo's people, about the demo's own tasks and leads, so that the
// bell has something to say on the first sign-in: 王磊 (a member) has a new task, an overdue one and
// the 月报 reminder unread, and read 周立群's 批示 on one of his leads, which he answered; 周立群 sees
// that answer unread (and an older one read); 唐振宇 (the group lead) has this month's 月报 reminder.
// Chosen by rule from what the seed wrote (no randomness), dated relative to the seed's clock.
import { and, asc, desc, eq, gt, lt } from "drizzle-orm";
import { leadEvents, leads, notifications, taskGroups, tasks } from "../../schema";
import type { NotificationKind } from "../../schema/enums";
import type { NotificationParams } from "../../../lib/notifications/kinds";
import { addDays, addMonths, count, monthOf, type SeedContext, type Tx, userId } from "./context";

type Row<K extends NotificationKind> = {
  userId: number;
  kind: K;
  actorId: number | null;
  taskId?: number | null;
  leadId?: number | null;
  params: NotificationParams[K];
  createdAt: Date;
  readAt: Date | null;
};

const minutes = (n: number) => n * 60_000;

/** The answers the owners give to a leader's 批示 in the demo (written on the lead's timeline too). */
const replies = [
  "已按批示要求与企业对接，近期安排项目组赴企业总部洽谈，相关服务保障事项已落实专人跟进。",
  "已会同项目所在区县研究落实用地和配套保障，企业已确认考察时间，进展情况将及时报告。",
];

export async function seedNotifications(tx: Tx, ctx: SeedContext): Promise<void> {
  const member = userId(ctx, "zuyuan");
  const groupLead = userId(ctx, "zuzhang");
  const leader = userId(ctx, "shuji");
  const rows: Row<NotificationKind>[] = [];
  const at = (minutesAgo: number) => new Date(ctx.now.getTime() - minutes(minutesAgo));

  // 王磊: the nearest task still ahead of him, given by the secretary who logged its meeting.
  const [next] = await tx
    .select({ id: tasks.id, title: tasks.title, dueOn: tasks.dueOn, leadId: tasks.leadId, createdById: tasks.createdById })
    .from(tasks)
    .where(and(eq(tasks.ownerId, member), eq(tasks.status, "open"), gt(tasks.dueOn, ctx.today)))
    .orderBy(asc(tasks.dueOn), asc(tasks.id))
    .limit(1);
  if (next) {
    rows.push({ userId: member, kind: "task_assigned", actorId: next.createdById, taskId: next.id, leadId: next.leadId, params: { title: next.title, dueOn: next.dueOn }, createdAt: at(25), readAt: null });
  }
  // …the most recent of his tasks gone past its date, this morning's reminder.
  const [late] = await tx
    .select({ id: tasks.id, title: tasks.title, dueOn: tasks.dueOn, leadId: tasks.leadId })
    .from(tasks)
    .where(and(eq(tasks.ownerId, member), eq(tasks.status, "open"), lt(tasks.dueOn, ctx.today)))
    .orderBy(desc(tasks.dueOn), desc(tasks.id))
    .limit(1);
  if (late?.dueOn) {
    rows.push({ userId: member, kind: "task_overdue", actorId: null, taskId: late.id, leadId: late.leadId, params: { title: late.title, dueOn: late.dueOn }, createdAt: at(4 * 60), readAt: null });
  }

  // The 月报 of last month, due in five days, for the electronics group's people; the month before, read.
  const [group] = await tx
    .select({ id: taskGroups.id, name: taskGroups.name })
    .from(leads)
    .innerJoin(taskGroups, eq(taskGroups.id, leads.taskGroupId))
    .where(eq(leads.ownerId, member))
    .limit(1);
  if (group) {
    const thisMonth = monthOf(ctx.today);
    const lastMonth = addMonths(thisMonth, -1).slice(0, 7);
    const monthBefore = addMonths(thisMonth, -2).slice(0, 7);
    for (const userId of [member, groupLead]) {
      rows.push({ userId, kind: "report_due", actorId: null, params: { month: lastMonth, dueOn: addDays(ctx.today, 5), taskGroupName: group.name }, createdAt: at(26 * 60), readAt: null });
    }
    rows.push({
      userId: groupLead,
      kind: "report_due",
      actorId: null,
      params: { month: monthBefore, dueOn: addDays(ctx.today, -25), taskGroupName: group.name },
      createdAt: at(30 * 24 * 60),
      readAt: at(30 * 24 * 60 - 90),
    });
  }

  // 周立群's 批示: the latest on one of 王磊's leads, and the latest on someone else's. Each owner read
  // it and answered (the answer goes on the lead's timeline); 周立群 has read the older answer only.
  const instructed = await tx
    .select({ leadId: leadEvents.leadId, body: leadEvents.body, occurredAt: leadEvents.occurredAt, leadName: leads.name, ownerId: leads.ownerId })
    .from(leadEvents)
    .innerJoin(leads, eq(leads.id, leadEvents.leadId))
    .where(and(eq(leadEvents.kind, "instruction"), eq(leadEvents.actorId, leader)))
    .orderBy(desc(leadEvents.occurredAt), desc(leadEvents.id));
  const mine = instructed.find((e) => e.ownerId === member);
  const other = instructed.find((e) => e.ownerId !== member && e.ownerId !== leader);
  for (const [i, event] of [mine, other].entries()) {
    if (!event) continue;
    const fresh = i === 0;
    const answeredAt = fresh ? at(50) : new Date(event.occurredAt.getTime() + 2 * 24 * 60 * minutes(1));
    rows.push({
      userId: event.ownerId,
      kind: "instruction_received",
      actorId: leader,
      leadId: event.leadId,
      params: { leadName: event.leadName, body: event.body ?? "", dueOn: null },
      createdAt: event.occurredAt,
      readAt: new Date(event.occurredAt.getTime() + minutes(120)),
    });
    rows.push({
      userId: leader,
      kind: "instruction_answered",
      actorId: event.ownerId,
      leadId: event.leadId,
      params: { leadName: event.leadName, body: replies[i] },
      createdAt: answeredAt,
      readAt: fresh ? null : new Date(answeredAt.getTime() + minutes(180)),
    });
    await tx.insert(leadEvents).values({ leadId: event.leadId, kind: "instruction_reply", body: replies[i], actorId: event.ownerId, occurredAt: answeredAt, createdAt: answeredAt });
    const [lead] = await tx.select({ lastActivityAt: leads.lastActivityAt }).from(leads).where(eq(leads.id, event.leadId));
    if (lead && lead.lastActivityAt < answeredAt) await tx.update(leads).set({ lastActivityAt: answeredAt }).where(eq(leads.id, event.leadId));
    count(ctx, "leadEvents", 1);
  }

  if (rows.length === 0) return;
  rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  await tx.insert(notifications).values(rows.map((row) => ({ ...row, params: JSON.stringify(row.params) })));
  count(ctx, "notifications", rows.length);
}
