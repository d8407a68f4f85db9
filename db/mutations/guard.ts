// Row-level rules shared by the trip, meeting and company writes. The actions list the roles that
// may call them; these checks repeat the rule where the data is written, so a write that skips an
// action (an import, a script, a future action) is refused too.
import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { lastChangeOf } from "@/db/queries/history";
import { users } from "@/db/schema";
import { ConflictError, FieldError, ForbiddenError } from "@/lib/actions/errors";
import type { CurrentUser } from "@/lib/auth/current-user";
import { takesPartInWork, writesTrips } from "@/lib/auth/policy";

/** Roles that log trips, meetings, companies and contacts (secretary and admin). */

export function assertWritesTrips(user: CurrentUser): void {
  if (!writesTrips(user)) throw new ForbiddenError();
}

/** Refuses a save based on an older version, naming who changed the record last and when. */
export async function refuseStale(tx: Executor, entity: string, entityId: number, currentVersion: number): Promise<never> {
  const last = await lastChangeOf(tx, entity, entityId);
  throw new ConflictError(last.name, last.at, currentVersion);
}

/** Every id must be an active user (other than the system administrator); else a message on `field`. */
export async function assertPeople(tx: Executor, ids: number[], field: string, messageKey = "formKit.personInvalid"): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  const found = await tx
    .select({ id: users.id, role: users.role })
    .from(users)
    .where(and(inArray(users.id, unique), eq(users.isActive, true)));
  if (found.length !== unique.length || found.some((u) => !takesPartInWork(u))) throw new FieldError(field, messageKey);
}

/** Names of users by id, in the order given (for the readable before/after of the history). */
export async function namesOf(tx: Executor, ids: number[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await tx.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids));
  return ids.map((id) => rows.find((r) => r.id === id)?.name ?? String(id));
}
