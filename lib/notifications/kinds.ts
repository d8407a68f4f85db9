// What each kind of notification is for, and where it goes unless its reader chose otherwise.
import type { NotificationDelivery, NotificationKind } from "@/lib/domain/enums";

/**
 * Out of the box the things that need doing today also go into the morning digest; the rest stay in
 * the app. Each user may change this per kind (账户 › 通知设置).
 */
export const defaultDelivery: Record<NotificationKind, NotificationDelivery> = {
  task_assigned: "app",
  task_due: "digest",
  task_overdue: "digest",
  instruction_received: "digest",
  instruction_answered: "app",
  lead_reassigned: "app",
  lead_changed: "app",
  report_due: "digest",
  channel_paused: "app",
};

/** The kinds a user may choose for (channel_paused concerns the admin's own settings page). */
export const choosableKinds = (Object.keys(defaultDelivery) as NotificationKind[]).filter((kind) => kind !== "channel_paused");

/**
 * The words each kind carries in `params` (written by notify(), read by the notifications page).
 * Dates are ISO (YYYY-MM-DD); texts are cut to 200 characters by whoever writes them.
 */
export type NotificationParams = {
  task_assigned: { title: string; dueOn: string | null };
  task_due: { title: string; dueOn: string };
  task_overdue: { title: string; dueOn: string };
  instruction_received: { leadName: string; body: string; dueOn: string | null };
  instruction_answered: { leadName: string; body: string };
  lead_reassigned: { leadName: string };
  /** what: which part changed (stage, fields, amount, figures); stage: the new stage when it moved. */
  lead_changed: { leadName: string; what: "stage" | "fields" | "amount" | "figures"; stage?: string };
  /** month: the report month (YYYY-MM); dueOn: the day it is due. */
  report_due: { month: string; dueOn: string; taskGroupName: string };
  channel_paused: { channelId: number; channelName: string; error: string };
};
