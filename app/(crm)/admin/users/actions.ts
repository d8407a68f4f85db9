"use server";
import { headers } from "next/headers";
import { z } from "zod";
import { createUser, endSessionsOf, resetPassword, updateUser } from "@/db/mutations/users";
import { defineAction } from "@/lib/actions/define-action";
import { id } from "@/lib/validation/common";
import { passwordResetSchema, userCreateSchema, userUpdateSchema } from "@/lib/validation/user";
import { clientFromHeaders } from "@/lib/server/client";
import { managesAccounts } from "@/lib/auth/policy";

export const createUserAction = defineAction({
  name: "user.create",
  schema: userCreateSchema,
  rule: managesAccounts,
  async run({ input, tx, audit }) {
    const user = await createUser(tx, input);
    await audit({ entity: "user", entityId: user.id });
    return user;
  },
  revalidate: ["/admin"],
});

export const updateUserAction = defineAction({
  name: "user.update",
  schema: userUpdateSchema,
  rule: managesAccounts,
  async run({ input, user, tx, audit }) {
    const updated = await updateUser(tx, user.id, input, clientFromHeaders(await headers()));
    await audit({ entity: "user", entityId: updated.id, details: { before: updated.before, after: input } });
    return { id: updated.id, name: updated.name, version: updated.version };
  },
  revalidate: ["/admin"],
});

export const resetPasswordAction = defineAction({
  name: "user.reset_password",
  schema: passwordResetSchema,
  rule: managesAccounts,
  async run({ input, user: admin, tx, audit }) {
    const user = await resetPassword(tx, input, { actorId: admin.id, client: clientFromHeaders(await headers()) });
    await audit({ entity: "user", entityId: user.id, details: { passwordReset: true } });
    return user;
  },
});

/** The admin signs a user out everywhere (e.g. a lost phone). */
export const endAllSessionsAction = defineAction({
  name: "user.end_sessions",
  schema: z.object({ userId: id }),
  rule: managesAccounts,
  async run({ input, user: admin, tx, audit }) {
    const ended = await endSessionsOf(tx, input.userId, "ended_by_admin", { actorId: admin.id, client: clientFromHeaders(await headers()) });
    await audit({ entity: "user", entityId: input.userId, details: { sessionsEnded: ended } });
    return { ended };
  },
});
