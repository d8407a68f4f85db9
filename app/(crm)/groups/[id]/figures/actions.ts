"use server";
import { revalidatePath } from "next/cache";
import { saveMonthFigures } from "@/db/mutations/reports";
import { defineAction } from "@/lib/actions/define-action";
import { monthFiguresSchema } from "@/lib/validation/reports";

/** Saves a group's month: every changed row, each with its audit entry, in one transaction. */
export const saveMonthFiguresAction = defineAction({
  name: "investment_report.save_month",
  schema: monthFiguresSchema,
  roles: ["admin", "group_lead"],
  async run({ input, user, tx, audit }) {
    const changes = await saveMonthFigures(tx, user, input);
    for (const change of changes) {
      await audit({ entity: "investment_report", entityId: change.reportId, details: { leadId: change.leadId, monthOn: input.monthOn, before: change.before, after: change.after } });
    }
    if (changes.length === 0) await audit({ entity: "task_group", entityId: input.taskGroupId, details: { monthOn: input.monthOn, unchanged: true } });
    revalidatePath(`/groups/${input.taskGroupId}/figures`);
    return { saved: changes.length };
  },
});
