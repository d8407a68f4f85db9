"use server";
import { revalidatePath } from "next/cache";
import { updateTaskGroup } from "@/db/mutations/task-groups";
import { defineAction } from "@/lib/actions/define-action";
import { taskGroupUpdateSchema } from "@/lib/validation/task-group";

export const updateTaskGroupAction = defineAction({
  name: "task_group.update",
  schema: taskGroupUpdateSchema,
  roles: ["admin"],
  async run({ input, tx, audit }) {
    const group = await updateTaskGroup(tx, input);
    await audit({ entity: "task_group", entityId: group.id, details: { before: group.before, after: input } });
    revalidatePath("/groups");
    revalidatePath(`/admin/groups/${group.id}`);
    return { id: group.id, name: group.name, version: group.version };
  },
});
