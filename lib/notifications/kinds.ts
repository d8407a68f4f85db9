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
