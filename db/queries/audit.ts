// The admin's audit log: every change (written by the action wrapper and the imports) and every
// access event (sign-ins, refusals…, db/mutations/access-log.ts), newest first, filtered by who,
// what, when and which row, paged by offset over the created_at index. Admin-only.
import "server-only";
import { and, count, desc, eq, gte, like, lt, or, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { containsText } from "@/db/sql-fragments";
import { ForbiddenError } from "@/lib/actions/errors";
import { canUseArea } from "@/lib/auth/policy";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { AuditFilter } from "@/lib/audit-filters";

export const auditPageSize = 50;
/** At most this many rows go into one export; the page says so when a filter matches more. */
export const auditExportLimit = 50_000;

/** Midnight in China (UTC+8, no daylight saving) at the start of an ISO day. */
const chinaMidnight = (day: string) => new Date(`${day}T00:00:00+08:00`);

function whereOf(filter: AuditFilter): SQL | undefined {
  const conditions: SQL[] = [];
  if (filter.user) conditions.push(eq(auditLog.actorId, filter.user));
  if (filter.who) {
    conditions.push(
      or(containsText(users.username, filter.who), containsText(users.name, filter.who), containsText(auditLog.username, filter.who))!,
    );
  }
  if (filter.action) {
    conditions.push(
      filter.action.endsWith(".*") ? like(auditLog.action, `${filter.action.slice(0, -1)}%`) : eq(auditLog.action, filter.action),
    );
  }
  if (filter.from) conditions.push(gte(auditLog.createdAt, chinaMidnight(filter.from)));
  if (filter.to) conditions.push(lt(auditLog.createdAt, new Date(+chinaMidnight(filter.to) + 86_400_000)));
  if (filter.entity) conditions.push(eq(auditLog.entity, filter.entity));
  if (filter.entityId) conditions.push(eq(auditLog.entityId, filter.entityId));
  return conditions.length ? and(...conditions) : undefined;
}

const columns = {
  id: auditLog.id,
  createdAt: auditLog.createdAt,
  action: auditLog.action,
  entity: auditLog.entity,
  entityId: auditLog.entityId,
  details: auditLog.details,
  typedUsername: auditLog.username,
  ip: auditLog.ip,
  userAgent: auditLog.userAgent,
  actorId: auditLog.actorId,
  actorName: users.name,
  actorUsername: users.username,
};

export type AuditRow = {
  id: number;
  createdAt: Date;
  action: string;
  entity: string;
  entityId: number | null;
  details: string | null;
  typedUsername: string | null;
  ip: string | null;
  userAgent: string | null;
  actorId: number | null;
  actorName: string | null;
  actorUsername: string | null;
};

function assertMayRead(viewer: CurrentUser) {
  if (!canUseArea(viewer, "admin")) throw new ForbiddenError();
}

function select(filter: AuditFilter) {
  return db
    .select(columns)
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(whereOf(filter))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id));
}

/** One page of the log (newest first) and how many rows match. */
export async function listAudit(viewer: CurrentUser, filter: AuditFilter, pageSize = auditPageSize) {
  assertMayRead(viewer);
  const [rows, [{ total }]] = await Promise.all([
    select(filter)
      .limit(pageSize)
      .offset((filter.page - 1) * pageSize),
    db.select({ total: count() }).from(auditLog).leftJoin(users, eq(users.id, auditLog.actorId)).where(whereOf(filter)),
  ]);
  return { rows: rows as AuditRow[], total: Number(total), pageSize };
}

/** Every matching row for the export, newest first, at most `limit`. */
export async function exportAudit(viewer: CurrentUser, filter: AuditFilter, limit = auditExportLimit) {
  assertMayRead(viewer);
  return (await select(filter).limit(limit)) as AuditRow[];
}

/** The accounts to pick from in the "who" filter. */
export async function auditUsers(viewer: CurrentUser) {
  assertMayRead(viewer);
  return db.select({ id: users.id, username: users.username, name: users.name }).from(users).orderBy(users.username);
}
