"use server";
import { revalidatePath } from "next/cache";
import { createUser, resetPassword, updateUser } from "@/db/mutations/users";
import { defineAction } from "@/lib/actions/define-action";
import { passwordResetSchema, userCreateSchema, userUpdateSchema } from "@/lib/validation/user";

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
    const updated = await updateUser(tx, user.id, input);
    await audit({ entity: "user", entityId: updated.id, details: { before: updated.before, after: input } });
    revalidatePath("/admin");
    return { id: updated.id, name: updated.name, version: updated.version };
  },
});

export const resetPasswordAction = defineAction({
  name: "user.reset_password",
  schema: passwordResetSchema,
  roles: ["admin"],
  async run({ input, tx, audit }) {
    const user = await resetPassword(tx, input);
    await audit({ entity: "user", entityId: user.id, details: { passwordReset: true } });
    return user;
  },
});
