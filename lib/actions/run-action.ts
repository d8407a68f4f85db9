// The core of defineAction, without Next.js: given the user and the raw input, validate, authorise,
// and run the change with its audit rows in one transaction. Integration tests call it directly.
import { z } from "zod";
import { db, type Transaction } from "@/db/client";
import { recordAccess } from "@/db/mutations/access-log";
import { auditLog } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { ClientInfo } from "@/lib/server/client";
import { ConflictError, FieldError, ForbiddenError, NotFoundError } from "./errors";
import type { ActionResult } from "./result";

export type AuditEntry = { entity: string; entityId?: number | null; details?: unknown };

export type ActionContext<I> = {
  input: I;
  user: CurrentUser;
  tx: Transaction;
  /** Writes an audit-log row in the action's transaction. Every action must write at least one. */
  audit: (entry: AuditEntry) => Promise<void>;
};

export type ActionDefinition<S extends z.ZodType, T> = {
  /** Verb-first name recorded in the audit log, e.g. "user.deactivate". */
  name: string;
  schema: S;
  /**
   * The policy predicate (lib/auth/policy.ts) a user must pass to call the action at all; row-level
   * checks happen inside `run`. A user it refuses leaves an access.forbidden row.
   */
  rule: (user: CurrentUser) => boolean;
  /**
   * Whether a user who must still change the password an administrator set may call it (only the
   * account page's actions). Everything else refuses them until they have.
   */
  allowPendingPasswordChange?: boolean;
  run: (context: ActionContext<z.infer<S>>) => Promise<T>;
  /**
   * Work that must wait for the commit and must not hold the transaction (a request to a chat robot,
   * up to its timeout): runs after the change committed, only on success; what it returns is the
   * action's answer. A failure here does not undo the committed change.
   */
  afterCommit?(result: T, input: z.infer<S>): Promise<T>;
  /**
   * Pages to read fresh after a change: revalidated by defineAction once the transaction committed, and
   * only on success (never inside `run`, where the change may still roll back). A list, or a function of
   * the input and the result.
   */
  revalidate?: readonly Revalidation[] | RevalidateFn<z.infer<S>, NoInfer<T>>;
};

// Method syntax keeps the parameters bivariant, so a definition still fits a list of ActionDefinition<ZodType, unknown>.
type RevalidateFn<I, T> = { paths(input: I, result: T): readonly Revalidation[] }["paths"];

/** Types a definition where it is written; defineAction (or runAction, in tests) takes it later. */
export const actionDefinition = <S extends z.ZodType, T>(definition: ActionDefinition<S, T>) => definition;

/**
 * The definition of most actions: one change through its mutation, then the audit row of the row it
 * changed (`details` is what that row records; the input when left out).
 */
export function auditedChange<S extends z.ZodType, R extends { id: number }>({
  entity,
  change,
  details,
  ...definition
}: Omit<ActionDefinition<S, R>, "run"> & {
  entity: string;
  change: (tx: Transaction, user: CurrentUser, input: z.infer<S>) => Promise<R>;
  details?: (row: R, input: z.infer<S>, tx: Transaction) => unknown;
}): ActionDefinition<S, R> {
  return {
    ...definition,
    async run({ input, user, tx, audit }) {
      const row = await change(tx, user, input);
      await audit({ entity, entityId: row.id, details: await details?.(row, input, tx) });
      return row;
    },
  };
}

/** A path to revalidate, or a path with its type ("layout": the path and everything under it). */
export type Revalidation = string | { path: string; type: "layout" | "page" };

/** What an action revalidates after it succeeded with this input and result. */
export function revalidationsOf<S extends z.ZodType, T>(definition: ActionDefinition<S, T>, input: z.infer<S>, result: T): Revalidation[] {
  const { revalidate } = definition;
  if (!revalidate) return [];
  return [...(typeof revalidate === "function" ? revalidate(input, result) : revalidate)];
}

export type ActionMessages = {
  unauthenticated: string;
  forbidden: string;
  invalid: string;
  notFound: string;
  unexpected: string;
  /** Refusal while the user must first change the password an administrator set (falls back to `forbidden`). */
  mustChangePassword?: string;
  conflict: (who: string, when: Date | null) => string;
  /** Turns a message key such as "admin.cannotDeactivateSelf" into the user's language. */
  translate: (key: string) => string;
};

const secretFields = /password|secret|token/i;

function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, secretFields.test(k) ? "[redacted]" : redact(v)]),
    );
  }
  return value;
}

function toPlainInput(input: unknown): unknown {
  if (typeof FormData !== "undefined" && input instanceof FormData) {
    const out: Record<string, unknown> = {};
    for (const [key, value] of input.entries()) {
      if (key.startsWith("$ACTION")) continue;
      out[key] = typeof value === "string" ? value : value.name;
    }
    return out;
  }
  return input;
}

class MissingAuditError extends Error {}

/** The row an input points at, when it names one by `id` (for the record of a refusal). */
function entityIdOf(input: unknown): number | null {
  const value = input && typeof input === "object" ? (input as Record<string, unknown>).id : undefined;
  const n = typeof value === "string" && /^\d{1,9}$/.test(value) ? Number(value) : value;
  return typeof n === "number" && Number.isSafeInteger(n) && n > 0 ? n : null;
}

/**
 * A refused action (role not allowed, or a row forbidden or out of scope) leaves an access row,
 * written outside the action's transaction, which has rolled back. Recording never changes the answer.
 */
async function recordRefusal(
  kind: "access.forbidden" | "access.not_found",
  definition: { name: string },
  user: CurrentUser,
  input: unknown,
  client: ClientInfo | null | undefined,
  reason: "role" | "row",
) {
  try {
    await recordAccess({
      action: kind,
      userId: user.id,
      username: user.username,
      client,
      // "lead.move_stage" → lead, "chain.node.update" → chain_node
      entity: definition.name.split(".").slice(0, -1).join("_") || definition.name,
      entityId: entityIdOf(input),
      details: { action: definition.name, reason },
    });
  } catch (error) {
    console.error(`[action ${definition.name}] could not record the refusal`, error);
  }
}

export async function runAction<S extends z.ZodType, T>(
  definition: ActionDefinition<S, T>,
  user: CurrentUser | null,
  rawInput: unknown,
  messages: ActionMessages,
  /** Who is asking (address, browser), for the record of a refusal. */
  client?: ClientInfo | null,
  /** Called after the transaction committed, only on success, with what to revalidate. */
  afterCommit?: (revalidations: Revalidation[]) => void,
): Promise<ActionResult<T>> {
  if (!user) return { ok: false, code: "unauthenticated", error: messages.unauthenticated };
  if (user.mustChangePassword && !definition.allowPendingPasswordChange) {
    return { ok: false, code: "forbidden", error: messages.mustChangePassword ?? messages.forbidden };
  }
  if (!definition.rule(user)) {
    await recordRefusal("access.forbidden", definition, user, toPlainInput(rawInput), client, "role");
    return { ok: false, code: "forbidden", error: messages.forbidden };
  }

  const parsed = definition.schema.safeParse(toPlainInput(rawInput));
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path.join(".") || "_";
      (fieldErrors[key] ??= []).push(messages.translate(issue.message));
    }
    return { ok: false, code: "invalid", error: messages.invalid, fieldErrors };
  }

  try {
    const data = await db.transaction(async (tx) => {
      let audited = 0;
      const audit = async (entry: AuditEntry) => {
        audited += 1;
        await tx.insert(auditLog).values({
          actorId: user.id,
          action: definition.name,
          entity: entry.entity,
          entityId: entry.entityId ?? null,
          details: JSON.stringify(redact(entry.details ?? parsed.data)),
        });
      };
      const result = await definition.run({ input: parsed.data, user, tx, audit });
      if (audited === 0) throw new MissingAuditError(`action ${definition.name} wrote no audit row`);
      return result;
    });
    const answer = definition.afterCommit ? await definition.afterCommit(data, parsed.data) : data;
    afterCommit?.(revalidationsOf(definition, parsed.data, answer));
    return { ok: true, data: answer };
  } catch (error) {
    if (error instanceof ForbiddenError) {
      await recordRefusal("access.forbidden", definition, user, parsed.data, client, "row");
      return { ok: false, code: "forbidden", error: messages.forbidden };
    }
    if (error instanceof NotFoundError) {
      await recordRefusal("access.not_found", definition, user, parsed.data, client, "row");
      return { ok: false, code: "not_found", error: messages.notFound };
    }
    if (error instanceof FieldError) {
      return { ok: false, code: "invalid", error: messages.invalid, fieldErrors: { [error.field]: [messages.translate(error.messageKey)] } };
    }
    if (error instanceof ConflictError) {
      return { ok: false, code: "conflict", error: messages.conflict(error.changedBy ?? "", error.changedAt) };
    }
    console.error(`[action ${definition.name}]`, error);
    return { ok: false, code: "unexpected", error: messages.unexpected };
  }
}
