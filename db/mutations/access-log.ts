// Audit of access, beside the audit of changes (which run-action writes): sign-ins, failures,
// lockouts, throttling, sign-outs, password changes, ended sessions and refused actions. Written
// outside any action transaction, so a refusal is recorded even though its change rolled back.
import { db, type Executor } from "@/db/client";
import { auditLog } from "@/db/schema";
import type { ClientInfo } from "@/lib/server/client";

export const accessActions = [
  "auth.sign_in",
  "auth.sign_in_failed",
  "auth.locked",
  "auth.rate_limited",
  "auth.sign_out",
  "auth.password_changed",
  "auth.password_reset",
  "auth.session_ended",
  "access.forbidden",
  "access.not_found",
] as const;
export type AccessAction = (typeof accessActions)[number];

export type AccessEvent = {
  action: AccessAction;
  /** The user acting (null when unknown, e.g. a failed sign-in with a wrong user name). */
  userId?: number | null;
  /** The user name as typed at sign-in. */
  username?: string | null;
  client?: ClientInfo | null;
  /** What was touched: "session", "user", or the entity an action refused. */
  entity?: string;
  entityId?: number | null;
  details?: unknown;
};

export async function recordAccess(event: AccessEvent, executor: Executor = db): Promise<void> {
  await executor.insert(auditLog).values({
    actorId: event.userId ?? null,
    action: event.action,
    entity: event.entity ?? "session",
    entityId: event.entityId ?? null,
    details: event.details === undefined ? null : JSON.stringify(event.details),
    username: event.username?.slice(0, 64) ?? null,
    ip: event.client?.ip ?? null,
    userAgent: event.client?.userAgent ?? null,
  });
}
