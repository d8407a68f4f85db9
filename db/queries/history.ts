import "server-only";
import { and, desc, eq, notLike } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { parseChanges } from "@/lib/domain/changes";

/** The rows of a record's changes: not the refused attempts (access.*) recorded against it. */
const changesOf = (entity: string, entityId: number) =>
  and(eq(auditLog.entity, entity), eq(auditLog.entityId, entityId), notLike(auditLog.action, "access.%"));

/** Who last changed a record and when, from the audit log (for the "changed by … at …" conflict message). */
export async function lastChangeOf(executor: Executor, entity: string, entityId: number) {
  const [row] = await executor
    .select({ name: users.name, at: auditLog.createdAt })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(changesOf(entity, entityId))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(1);
  return { name: row?.name ?? null, at: row?.at ?? null };
}

/** The history of a record, newest first: who did what, when, and which fields changed. */
export async function entityHistory(entity: string, entityId: number, limit = 50) {
  const rows = await db
    .select({ id: auditLog.id, action: auditLog.action, actorName: users.name, at: auditLog.createdAt, details: auditLog.details })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(changesOf(entity, entityId))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(limit);
  return rows.map(({ details, ...row }) => ({ ...row, changes: parseChanges(details) }));
}
