import "server-only";
import { and, asc, count, desc, eq, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { companies, leads, tableAlias, taskGroups, users } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { StaleLimits } from "@/lib/domain/stale";
import { toIsoDate } from "@/lib/format";
import { overdueCondition, staleCondition } from "./leads/filters";
import { leadScope } from "./scope";
import { loadStaleLimits } from "./stage-settings";

const owner = tableAlias(users, "owner");

const countWhen = (condition: SQL) => sql<number>`sum(case when ${condition} then 1 else 0 end)`.mapWith(Number);

/**
 * 督办: overdue follow-ups (the next follow-up date has passed) and stale leads (no event for longer
 * than their stage's limit), counted per task group and per owner, within the viewer's scope.
 */
export async function supervisionSummary(viewer: CurrentUser, now = new Date(), limits?: StaleLimits) {
  const stale = staleCondition(limits ?? (await loadStaleLimits()), now);
  const overdue = overdueCondition(toIsoDate(now));
  const where = and(leadScope(viewer), or(overdue, stale));
  const [byGroup, byOwner] = await Promise.all([
    db
      .select({ groupId: leads.taskGroupId, groupName: taskGroups.name, overdue: countWhen(overdue), stale: countWhen(stale) })
      .from(leads)
      .innerJoin(taskGroups, eq(taskGroups.id, leads.taskGroupId))
      .where(where)
      .groupBy(leads.taskGroupId, taskGroups.name, taskGroups.sortOrder)
      .orderBy(asc(taskGroups.sortOrder), asc(leads.taskGroupId)),
    db
      .select({ ownerId: leads.ownerId, ownerName: owner.name, ownerTitle: owner.title, overdue: countWhen(overdue), stale: countWhen(stale) })
      .from(leads)
      .innerJoin(owner, eq(owner.id, leads.ownerId))
      .where(where)
      .groupBy(leads.ownerId, owner.name, owner.title)
      .orderBy(desc(count()), asc(leads.ownerId)),
  ]);
  return {
    byGroup,
    byOwner,
    overdue: byGroup.reduce((n, g) => n + g.overdue, 0),
    stale: byGroup.reduce((n, g) => n + g.stale, 0),
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
