// Who changed a record last and when, read from the audit log: the message of a refused stale
// save names them ("该记录已被张伟于…修改").
import { and, desc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { ConflictError } from "@/lib/actions/errors";

export async function lastChangeOf(tx: Executor, entity: string, entityId: number): Promise<{ by: string | null; at: Date | null }> {
  const [row] = await tx
    .select({ name: users.name, at: auditLog.createdAt })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, entityId)))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(1);
  return { by: row?.name ?? null, at: row?.at ?? null };
}

/** The ConflictError of a save based on an outdated copy of this record. */
export async function conflictOn(
  tx: Executor,
  entity: string,
  entityId: number,
  current: { version: number; updatedAt: Date },
): Promise<ConflictError> {
  const last = await lastChangeOf(tx, entity, entityId);
  return new ConflictError(last.by, last.at ?? current.updatedAt, current.version);
}
