"use server";
import { and, eq, sql } from "drizzle-orm";
import { headers } from "next/headers";
import { z } from "zod";
import { endSessionsOf } from "@/db/mutations/users";
import { users } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { FieldError, NotFoundError } from "@/lib/actions/errors";
import { clientFromHeaders } from "@/lib/server/client";
import { managesAccounts } from "@/lib/auth/policy";

const setUserActiveSchema = z.object({
  userId: z.coerce.number().int().positive(),
  isActive: z.boolean(),
});

/** Deactivate or reactivate an account. A deactivated user cannot sign in; their leads stay. */
export const setUserActiveAction = defineAction({
  name: "user.set_active",
  schema: setUserActiveSchema,
  rule: managesAccounts,
  async run({ input, user, tx, audit }) {
    if (input.userId === user.id && !input.isActive) {
      throw new FieldError("userId", "admin.cannotDeactivateSelf");
    }
    const [changed] = await tx
      .update(users)
      .set({ isActive: input.isActive, updatedAt: new Date(), version: sql`${users.version} + 1` })
      .where(and(eq(users.id, input.userId)))
      .returning({ id: users.id, name: users.name, isActive: users.isActive });
    if (!changed) throw new NotFoundError();
    // A deactivated user is out at once, on every device.
    if (!changed.isActive) await endSessionsOf(tx, changed.id, "deactivated", { actorId: user.id, client: clientFromHeaders(await headers()) });
    await audit({ entity: "user", entityId: changed.id, details: { isActive: changed.isActive } });
    return changed;
  },
  revalidate: ["/admin"],
});
