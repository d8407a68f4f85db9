// The bell's count, read again by the bell on focus and every minute (components/layout/notification-bell.tsx).
import { unreadNotificationCount } from "@/db/queries/notifications";
import { withUser } from "@/lib/server/with-user";

export const GET = withUser(async (_request, { user }) =>
  Response.json({ unread: await unreadNotificationCount(user.id) }, { headers: { "cache-control": "no-store" } }),
);
