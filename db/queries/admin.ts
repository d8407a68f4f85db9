import "server-only";
import { asc, desc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { auditLog, districts, industries, taskGroups, users } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { ForbiddenError } from "@/lib/actions/errors";
import { managesSettings } from "@/lib/auth/policy";

function assertAdmin(viewer: CurrentUser) {
  if (!managesSettings(viewer)) throw new ForbiddenError();
}

export async function listDistricts(viewer: CurrentUser) {
  assertAdmin(viewer);
  return db
    .select({ id: districts.id, name: districts.name, kind: districts.kind })
    .from(districts)
    .orderBy(asc(districts.sortOrder), asc(districts.id));
}

export async function listIndustries(viewer: CurrentUser) {
  assertAdmin(viewer);
  return db
    .select({ id: industries.id, name: industries.name, category: industries.category, groupName: taskGroups.name })
    .from(industries)
    .leftJoin(taskGroups, eq(taskGroups.id, industries.taskGroupId))
    .orderBy(asc(industries.sortOrder), asc(industries.id));
}

export async function recentAudit(viewer: CurrentUser, limit = 20) {
  assertAdmin(viewer);
  return db
    .select({
      id: auditLog.id,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      createdAt: auditLog.createdAt,
      actorName: users.name,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(limit);
}
