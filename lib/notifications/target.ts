// Where opening a notification takes its reader.
import type { NotificationKind } from "@/lib/domain/enums";

export type NotificationTargetFacts = {
  kind: NotificationKind;
  /** The lead the notification is about, or the lead of its task. */
  leadId: number | null;
  taskId: number | null;
  /** report_due: the reader's task group named in the reminder (null: none of theirs). */
  reportGroupId?: number | null;
  /** report_due: the month to fill in (YYYY-MM). */
  reportMonth?: string | null;
  /** channel_paused: whether the reader manages the channels (the admin). */
  managesChannels?: boolean;
};

export function notificationTarget(n: NotificationTargetFacts): string {
  switch (n.kind) {
    case "task_assigned":
    case "task_due":
    case "task_overdue":
      // A task about a lead is done from the lead's page, where its context is; the others from 待办.
      return n.leadId ? `/leads/${n.leadId}` : "/tasks";
    case "instruction_received":
    case "instruction_answered":
    case "lead_reassigned":
    case "lead_changed":
      return n.leadId ? `/leads/${n.leadId}` : "/leads";
    case "report_due":
      if (!n.reportGroupId) return "/groups";
      return `/groups/${n.reportGroupId}/figures${n.reportMonth && /^\d{4}-\d{2}$/.test(n.reportMonth) ? `?month=${n.reportMonth}` : ""}`;
    case "channel_paused":
      return n.managesChannels ? "/admin/channels" : "/notifications";
  }
}
