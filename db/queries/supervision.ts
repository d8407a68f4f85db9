import "server-only";
import { and, asc, count, eq, inArray, lt, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { companies, leads, tableAlias, taskGroups, tasks, users } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { StaleLimits } from "@/lib/domain/stale";
import { toIsoDate } from "@/lib/format";
import { overdueCondition, staleCondition } from "./leads/filters";
import { leadScope } from "./scope";
import { loadStaleLimits } from "./stage-settings";
import { taskScope } from "./tasks";

const owner = tableAlias(users, "owner");

/**
 * 督办: overdue follow-ups (the next follow-up date has passed) and stale leads (no event for longer
 * than their stage's limit), counted per task group and per owner, within the viewer's scope. Each
 * kind is counted apart, per group and owner at once, from its own index (next follow-up date, last
 * activity): one count over "overdue or stale" read every lead. Beside them the overdue tasks (待办
 * past their date, open), per task group and per owner, within what the viewer may read of tasks.
 */
export async function supervisionSummary(viewer: CurrentUser, now = new Date(), limits?: StaleLimits) {
  const scope = leadScope(viewer);
  const countedBy = (condition: SQL) =>
    db
      .select({ groupId: leads.taskGroupId, ownerId: leads.ownerId, n: count() })
      .from(leads)
      .where(and(scope, condition))
      .groupBy(leads.taskGroupId, leads.ownerId);
  const [overdueCounts, staleCounts, taskCounts, groups] = await Promise.all([
    countedBy(overdueCondition(toIsoDate(now))),
    countedBy(staleCondition(limits ?? (await loadStaleLimits()), now)),
    db
      .select({ groupId: tasks.taskGroupId, ownerId: tasks.ownerId, n: count() })
      .from(tasks)
      .where(and(taskScope(viewer), eq(tasks.status, "open"), lt(tasks.dueOn, toIsoDate(now))))
      .groupBy(tasks.taskGroupId, tasks.ownerId),
    db.select({ id: taskGroups.id, name: taskGroups.name }).from(taskGroups).orderBy(asc(taskGroups.sortOrder), asc(taskGroups.id)),
  ]);
  const ownerIds = [...new Set([...overdueCounts, ...staleCounts, ...taskCounts].map((r) => r.ownerId))];
  const owners = ownerIds.length
    ? await db.select({ id: users.id, name: users.name, title: users.title }).from(users).where(inArray(users.id, ownerIds))
    : [];
  const tally = <K>(key: (r: { groupId: number | null; ownerId: number }) => K | null) => {
    const sums = new Map<K, { overdue: number; stale: number; overdueTasks: number }>();
    const add = (rows: { groupId: number | null; ownerId: number; n: number }[], kind: "overdue" | "stale" | "overdueTasks") => {
      for (const r of rows) {
        const k = key(r);
        if (k === null) continue;
        const sum = sums.get(k) ?? { overdue: 0, stale: 0, overdueTasks: 0 };
        sum[kind] += r.n;
        sums.set(k, sum);
      }
    };
    add(overdueCounts, "overdue");
    add(staleCounts, "stale");
    add(taskCounts, "overdueTasks");
    return sums;
  };
  const perGroup = tally((r) => r.groupId);
  const perOwner = tally((r) => r.ownerId);
  const byGroup = groups.filter((g) => perGroup.has(g.id)).map((g) => ({ groupId: g.id, groupName: g.name, ...perGroup.get(g.id)! }));
  const byOwner = owners
    .map((o) => ({ ownerId: o.id, ownerName: o.name, ownerTitle: o.title, ...perOwner.get(o.id)! }))
    .toSorted((a, b) => b.overdue + b.stale + b.overdueTasks - (a.overdue + a.stale + a.overdueTasks) || a.ownerId - b.ownerId);
  return {
    byGroup,
    byOwner,
    overdue: byGroup.reduce((n, g) => n + g.overdue, 0),
    stale: byGroup.reduce((n, g) => n + g.stale, 0),
    overdueTasks: byOwner.reduce((n, o) => n + o.overdueTasks, 0),
  };
}

/** The overdue or stale leads themselves, most urgent first; `ownerId` narrows to one person's. */
export async function attentionLeads(
  viewer: CurrentUser,
  kind: "overdue" | "stale",
  options: { ownerId?: number; limit?: number } = {},
  now = new Date(),
  limits?: StaleLimits,
) {
  const condition =
    kind === "overdue" ? overdueCondition(toIsoDate(now)) : staleCondition(limits ?? (await loadStaleLimits()), now);
  const where = and(leadScope(viewer), condition, options.ownerId ? eq(leads.ownerId, options.ownerId) : undefined);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: leads.id,
        name: leads.name,
        companyName: companies.name,
        groupName: taskGroups.name,
        ownerName: owner.name,
        stage: leads.stage,
        nextFollowUpOn: leads.nextFollowUpOn,
        lastActivityAt: leads.lastActivityAt,
      })
      .from(leads)
      .innerJoin(companies, eq(companies.id, leads.companyId))
      .innerJoin(taskGroups, eq(taskGroups.id, leads.taskGroupId))
      .innerJoin(owner, eq(owner.id, leads.ownerId))
      .where(where)
      .orderBy(...(kind === "overdue" ? [asc(leads.nextFollowUpOn)] : [asc(leads.lastActivityAt)]), asc(leads.id))
      .limit(options.limit ?? 20),
    db.select({ total: count() }).from(leads).where(where),
  ]);
  return { rows, total };
}

export type AttentionLead = Awaited<ReturnType<typeof attentionLeads>>["rows"][number];

/** Everything 督办 shows: the counts per group and per owner, and the most urgent leads of each kind. */
export async function supervisionData(viewer: CurrentUser, now = new Date()) {
  const limits = await loadStaleLimits();
  const [summary, overdue, stale] = await Promise.all([
    supervisionSummary(viewer, now, limits),
    attentionLeads(viewer, "overdue", { limit: 15 }, now, limits),
    attentionLeads(viewer, "stale", { limit: 15 }, now, limits),
  ]);
  return { limits, summary, overdue, stale };
}
