// Choices for the leads' filters and forms, and the names the filter chips show.
import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { districts, industries, partners, taskGroupMembers, taskGroups, users } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { leadScope } from "../scope";

/** The name of a partner region, for the filter chip. */
export async function partnerNameOf(partnerId: number): Promise<string | null> {
  const [row] = await db.select({ name: partners.name }).from(partners).where(eq(partners.id, partnerId));
  return row?.name ?? null;
}

/** Task groups, people, districts, industries and city leaders the viewer may filter by. */
export async function leadFilterOptions(viewer: CurrentUser) {
  const groupWhere = leadScope(viewer) ? inArray(taskGroups.id, viewer.groupIds.length ? viewer.groupIds : [-1]) : undefined;
  const [groups, people, districtRows, industryRows, leaders] = await Promise.all([
    db.select({ id: taskGroups.id, name: taskGroups.name }).from(taskGroups).where(groupWhere).orderBy(asc(taskGroups.sortOrder), asc(taskGroups.id)),
    db
      .select({ id: users.id, name: users.name, groupId: taskGroupMembers.taskGroupId })
      .from(taskGroupMembers)
      .innerJoin(users, eq(users.id, taskGroupMembers.userId))
      .innerJoin(taskGroups, eq(taskGroups.id, taskGroupMembers.taskGroupId))
      .where(groupWhere)
      .orderBy(asc(taskGroups.sortOrder), asc(taskGroupMembers.role), asc(users.id)),
    db.select({ id: districts.id, name: districts.name }).from(districts).orderBy(asc(districts.sortOrder), asc(districts.id)),
    db.select({ id: industries.id, name: industries.name }).from(industries).orderBy(asc(industries.sortOrder), asc(industries.id)),
    db.select({ id: users.id, name: users.name, title: users.title }).from(users).where(eq(users.role, "leader")).orderBy(asc(users.id)),
  ]);
  const seen = new Set<number>();
  const owners = people.filter((p) => (seen.has(p.id) ? false : (seen.add(p.id), true))).map(({ id, name }) => ({ id, name }));
  // Who belongs to which group: the bulk reassignment offers only people of every selected lead's group.
  const memberships = people.map(({ id, groupId }) => ({ userId: id, groupId }));
  return { groups, owners, memberships, districts: districtRows, industries: industryRows, leaders };
}

export type LeadFilterOptions = Awaited<ReturnType<typeof leadFilterOptions>>;
