import { and, desc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { ConflictError } from "@/lib/actions/errors";

/** Who last changed a record and when, from the audit log (for conflict messages). */
export async function lastChangeOf(executor: Executor, entity: string, entityId: number) {
  const [row] = await executor
    .select({ actorName: users.name, at: auditLog.createdAt })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, entityId)))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(1);
  return row ?? null;
}

/** Refuses a save based on a stale version, naming who changed the record since and when. */
export async function conflictFor(executor: Executor, entity: string, entityId: number, currentVersion: number): Promise<never> {
  const change = await lastChangeOf(executor, entity, entityId);
  throw new ConflictError(change?.actorName ?? null, change?.at ?? null, currentVersion);
}
