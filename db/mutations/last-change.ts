// Who changed a record last and when, read from the audit log: the message of a refused stale
// save names them ("该记录已被张伟于…修改").
import type { Executor } from "@/db/client";
import { lastChangeOf } from "@/db/queries/history";
import { ConflictError } from "@/lib/actions/errors";

/** The ConflictError of a save based on an outdated copy of this record. */
export async function conflictOn(
  tx: Executor,
  entity: string,
  entityId: number,
  current: { version: number; updatedAt: Date },
): Promise<ConflictError> {
  const last = await lastChangeOf(tx, entity, entityId);
  return new ConflictError(last.name, last.at ?? current.updatedAt, current.version);
}
