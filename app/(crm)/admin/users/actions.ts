"use server";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import { createUser, endSessionsOf, resetPassword, updateUser } from "@/db/mutations/users";
import { defineAction } from "@/lib/actions/define-action";
import { id } from "@/lib/validation/common";
import { passwordResetSchema, userCreateSchema, userUpdateSchema } from "@/lib/validation/user";
import { clientFromHeaders } from "@/lib/server/client";

export const createUserAction = defineAction({
  name: "user.create",
  schema: userCreateSchema,
  roles: ["admin"],
  async run({ input, tx, audit }) {
    const user = await createUser(tx, input);
    await audit({ entity: "user", entityId: user.id });
    revalidatePath("/admin");
    return user;
  },
});

export const updateUserAction = defineAction({
  name: "user.update",
  schema: userUpdateSchema,
  roles: ["admin"],
  async run({ input, user, tx, audit }) {
    const updated = await updateUser(tx, user.id, input, clientFromHeaders(await headers()));
    await audit({ entity: "user", entityId: updated.id, details: { before: updated.before, after: input } });
    revalidatePath("/admin");
    return { id: updated.id, name: updated.name, version: updated.version };
  },
});

export const resetPasswordAction = defineAction({
  name: "user.reset_password",
  schema: passwordResetSchema,
  roles: ["admin"],
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
  roles: ["admin"],
  async run({ input, user: admin, tx, audit }) {
    const ended = await endSessionsOf(tx, input.userId, "ended_by_admin", { actorId: admin.id, client: clientFromHeaders(await headers()) });
    await audit({ entity: "user", entityId: input.userId, details: { sessionsEnded: ended } });
    return { ended };
  },
});
