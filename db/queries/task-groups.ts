import "server-only";
import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { industries, leads, tableAlias, taskGroupMembers, taskGroups, users } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { activeStages, signedStages } from "@/lib/domain/stages";
import { managesSettings } from "@/lib/auth/policy";

const leader = tableAlias(users, "leader");
const groupLead = tableAlias(users, "group_lead");

/**
 * The 17 task groups with their people and the totals of every group's leads (在跟进, 已签约, 签约投资).
 * Takes no viewer: every role sees every group's totals (the 龙虎榜 is read aloud in meetings), never
 * another group's leads (those lists stay scoped by leadScope).
 */
export async function listTaskGroups() {
  const [groups, leadRows, memberRows, industryRows, leadCounts] = await Promise.all([
    db
      .select({ id: taskGroups.id, name: taskGroups.name, leaderName: leader.name, leaderTitle: leader.title })
      .from(taskGroups)
      .leftJoin(leader, eq(leader.id, taskGroups.leaderId))
      .orderBy(asc(taskGroups.sortOrder), asc(taskGroups.id)),
    db
      .select({ taskGroupId: taskGroupMembers.taskGroupId, name: groupLead.name })
      .from(taskGroupMembers)
      .innerJoin(groupLead, eq(groupLead.id, taskGroupMembers.userId))
      .where(eq(taskGroupMembers.role, "lead")),
    db
      .select({ taskGroupId: taskGroupMembers.taskGroupId, n: count() })
      .from(taskGroupMembers)
      .groupBy(taskGroupMembers.taskGroupId),
    db
      .select({ taskGroupId: industries.taskGroupId, name: industries.name })
      .from(industries)
      .orderBy(asc(industries.sortOrder)),
    db
      .select({
        taskGroupId: leads.taskGroupId,
        active: sql<number>`sum(case when ${inArray(leads.stage, [...activeStages])} then 1 else 0 end)`.mapWith(Number),
        signed: sql<number>`sum(case when ${inArray(leads.stage, [...signedStages])} then 1 else 0 end)`.mapWith(Number),
        signedInvestment: sql<number>`coalesce(sum(case when ${inArray(leads.stage, [...signedStages])} then ${leads.signedInvestment} else 0 end), 0)`.mapWith(Number),
      })
      .from(leads)
      .groupBy(leads.taskGroupId),
  ]);
  return groups.map((group) => {
    const counts = leadCounts.find((c) => c.taskGroupId === group.id);
    return {
      ...group,
      groupLeads: leadRows.filter((r) => r.taskGroupId === group.id).map((r) => r.name),
      members: memberRows.find((r) => r.taskGroupId === group.id)?.n ?? 0,
      industries: industryRows.filter((r) => r.taskGroupId === group.id).map((r) => r.name),
      activeLeads: counts?.active ?? 0,
      signedLeads: counts?.signed ?? 0,
      /** 万元: the signed investment of the group's signed leads. */
      signedInvestment: counts?.signedInvestment ?? 0,
    };
  });
}

/** One task group with what its edit form offers: city leaders to head it, industries to follow. */
export async function getTaskGroupForEdit(viewer: CurrentUser, groupId: number) {
  if (!managesSettings(viewer)) return null;
  const [[group], leaders, industryRows, groupNames] = await Promise.all([
    db
      .select({ id: taskGroups.id, version: taskGroups.version, name: taskGroups.name, leaderId: taskGroups.leaderId, description: taskGroups.description })
      .from(taskGroups)
      .where(eq(taskGroups.id, groupId))
      .limit(1),
    db.select({ id: users.id, name: users.name, note: users.title }).from(users).where(and(eq(users.role, "leader"), eq(users.isActive, true))).orderBy(asc(users.id)),
    db.select({ id: industries.id, name: industries.name, taskGroupId: industries.taskGroupId }).from(industries).orderBy(asc(industries.sortOrder), asc(industries.id)),
    db.select({ id: taskGroups.id, name: taskGroups.name }).from(taskGroups),
  ]);
  if (!group) return null;
  return {
    group: { ...group, industryIds: industryRows.filter((i) => i.taskGroupId === groupId).map((i) => i.id) },
    leaders,
    industries: industryRows.map((i) => ({ id: i.id, name: i.name, groupName: groupNames.find((g) => g.id === i.taskGroupId)?.name ?? null })),
  };
}
