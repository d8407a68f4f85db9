// The seeds' leads come with their follow-up tasks, as the app writes them (syncFollowUpTask): a lead
// with a 下次跟进日期 that is not dropped has one open task, its owner's, due that day.
import type { leads, tasks } from "../schema";

type SeededLead = Pick<typeof leads.$inferInsert, "name" | "ownerId" | "taskGroupId" | "stage" | "nextFollowUpOn" | "updatedAt">;

export function followUpTaskRows(rows: readonly SeededLead[], ids: readonly number[]): (typeof tasks.$inferInsert)[] {
  return rows.flatMap((lead, i) =>
    lead.nextFollowUpOn && lead.stage !== "dropped"
      ? [
          {
            title: lead.name,
            ownerId: lead.ownerId,
            dueOn: lead.nextFollowUpOn,
            status: "open" as const,
            source: "follow_up" as const,
            leadId: ids[i],
            taskGroupId: lead.taskGroupId,
            createdById: lead.ownerId,
            createdAt: lead.updatedAt,
            updatedAt: lead.updatedAt,
          },
        ]
      : [],
  );
}
