"use server";
import { updateTaskGroup } from "@/db/mutations/task-groups";
import { defineAction } from "@/lib/actions/define-action";
import { taskGroupUpdateSchema } from "@/lib/validation/task-group";
import { managesSettings } from "@/lib/auth/policy";

export const updateTaskGroupAction = defineAction({
  name: "task_group.update",
  schema: taskGroupUpdateSchema,
  rule: managesSettings,
  async run({ input, tx, audit }) {
    const group = await updateTaskGroup(tx, input);
    await audit({ entity: "task_group", entityId: group.id, details: { before: group.before, after: input } });
    return { id: group.id, name: group.name, version: group.version };
  },
  revalidate: (_, group) => ["/groups", `/admin/groups/${group.id}`],
});
