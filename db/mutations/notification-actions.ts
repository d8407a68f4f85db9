// The notification actions a user takes on their own notifications: 全部已读 and the choice, per
// kind, of whether it also goes into the morning digest. Both act on the caller alone.
import "server-only";
import { actionDefinition } from "@/lib/actions/run-action";
import { anyone } from "@/lib/auth/policy";
import { markAllReadSchema, notificationPreferencesSchema } from "@/lib/validation/notifications";
import { markNotificationsRead, setNotificationPreferences } from "./notifications";

export const markAllNotificationsRead = actionDefinition({
  name: "notification.mark_all_read",
  schema: markAllReadSchema,
  rule: anyone,
  async run({ user, tx, audit }) {
    const read = await markNotificationsRead(tx, user.id, "all");
    await audit({ entity: "user", entityId: user.id, details: { read } });
    return { read };
  },
  revalidate: ["/notifications"],
});

export const saveNotificationPreferences = actionDefinition({
  name: "notification.set_preferences",
  schema: notificationPreferencesSchema,
  rule: anyone,
  async run({ input, user, tx, audit }) {
    await setNotificationPreferences(tx, user.id, input);
    await audit({ entity: "user", entityId: user.id, details: input });
    return { id: user.id };
  },
  revalidate: ["/account"],
});
