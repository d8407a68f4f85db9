// Opening a notification: marks it read and goes to what it is about. A GET, so that the list is
// plain links (a new tab, the back button, no script needed), made safe as follows:
// - it only ever marks the signed-in user's own notification read (another's id: 404, nothing changes);
// - it marks only on the user's own navigation: a request from another site (Sec-Fetch-Site
//   cross-site, a foreign Origin) or a prefetch is sent on without marking anything;
// - the page links it with a plain <a>, never next/link, which would prefetch it.
// Marking read is not recorded in the audit log: it changes nothing anyone else sees.
import { db } from "@/db/client";
import { markNotificationsRead } from "@/db/mutations/notifications";
import { notificationToOpen } from "@/db/queries/notifications";
import { NotFoundError } from "@/lib/actions/errors";
import { managesSettings } from "@/lib/auth/policy";
import { notificationTarget } from "@/lib/notifications/target";
import { isSameOrigin } from "@/lib/server/same-origin";
import { withUser } from "@/lib/server/with-user";

const isPrefetch = (headers: Headers) =>
  headers.has("next-router-prefetch") || /prefetch/i.test(headers.get("sec-purpose") ?? headers.get("purpose") ?? "");

export const GET = withUser<{ id: string }>(async (request, { user, params }) => {
  const id = /^\d{1,9}$/.test(params.id) ? Number(params.id) : null;
  const notification = id ? await notificationToOpen(user, id) : null;
  if (!notification) throw new NotFoundError();
  if (isSameOrigin(request.headers) && !isPrefetch(request.headers)) {
    await db.transaction((tx) => markNotificationsRead(tx, user.id, [notification.id]));
  }
  const target = notificationTarget({ ...notification, managesChannels: managesSettings(user) });
  return new Response(null, { status: 303, headers: { location: target, "cache-control": "no-store" } });
});
