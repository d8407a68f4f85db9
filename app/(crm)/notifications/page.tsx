import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { MarkAllRead } from "@/components/notifications/mark-all-read";
import { NotificationIcon } from "@/components/notifications/notification-icon";
import { notificationList, unreadNotificationCount } from "@/db/queries/notifications";
import { toLocale } from "@/i18n/locales";
import { requireUser } from "@/lib/auth/session";
import { formatRelativeTime, toIsoDate } from "@/lib/format";
import type { SearchParams } from "@/lib/list-params";
import { notificationSentence } from "@/lib/notifications/sentence";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The URL of a view of the list: the filter (全部 / 未读) and the page (before: the id the page continues below). */
function notificationsHref({ unreadOnly, before }: { unreadOnly: boolean; before?: number | null }) {
  const query = new URLSearchParams();
  if (unreadOnly) query.set("filter", "unread");
  if (before) query.set("before", String(before));
  const text = query.toString();
  return text ? `/notifications?${text}` : "/notifications";
}

/** 通知: the user's own notifications, newest first, 30 at a time; opening one marks it read and goes to what it is about. */
export default async function NotificationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const sp = await searchParams;
  const unreadOnly = first(sp.filter) === "unread";
  const beforeText = first(sp.before) ?? "";
  const before = /^\d{1,9}$/.test(beforeText) ? Number(beforeText) : undefined;
  const [t, locale, list, unread] = await Promise.all([
    getTranslations(),
    getLocale().then(toLocale),
    notificationList(user.id, { before, unreadOnly }),
    unreadNotificationCount(user.id),
  ]);
  const now = new Date();
  const thisYear = toIsoDate(now).slice(0, 4);
  const translate = (key: string, values?: Record<string, string | number>) => t(key as never, values as never);
  return (
    <>
      <PageHeader title={t("notifications.title")} subtitle={t("notifications.subtitle")} actions={unread > 0 ? <MarkAllRead /> : null} />
      <div className="max-w-3xl">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          <nav aria-label={t("notifications.filters")} className="flex gap-2">
            {[false, true].map((only) => (
              <Link
                key={String(only)}
                href={notificationsHref({ unreadOnly: only })}
                aria-current={unreadOnly === only ? "page" : undefined}
                className={`inline-flex min-h-11 items-center rounded-md border px-4 text-sm ${
                  unreadOnly === only ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-700 hover:border-brand-600"
                }`}
              >
                {t(`notifications.filter.${only ? "unread" : "all"}`)}
              </Link>
            ))}
          </nav>
          <p role="status" className="text-sm text-slate-600">
            {t("notifications.unreadCount", { count: unread })}
          </p>
        </div>
        {list.rows.length === 0 ? (
          <div className="rounded-lg border border-slate-200 bg-white px-4 py-6 text-sm text-slate-600">
            <p>{t(unreadOnly ? "notifications.emptyUnread" : "notifications.empty")}</p>
            {unreadOnly ? (
              <Link href={notificationsHref({ unreadOnly: false })} className="mt-2 inline-flex min-h-11 items-center text-brand-700 hover:underline">
                {t("notifications.showAll")}
              </Link>
            ) : null}
          </div>
        ) : (
          <ul aria-label={t("notifications.list")} className="divide-y divide-slate-100 overflow-hidden rounded-lg border border-slate-200 bg-white">
            {list.rows.map((n) => {
              const { text, quote } = notificationSentence(n, { t: translate, locale, thisYear });
              const isUnread = n.readAt === null;
              return (
                <li key={n.id} className={isUnread ? "bg-brand-50/40" : undefined}>
                  {/* A plain link, not next/link: opening marks read, and must never be prefetched. */}
                  <a href={`/notifications/${n.id}/open`} data-testid="notification" className="flex gap-3 px-3 py-3 hover:bg-slate-50 focus-visible:bg-slate-50 sm:px-4">
                    <NotificationIcon kind={n.kind} />
                    <div className="min-w-0 flex-1">
                      <p className={`break-words ${isUnread ? "font-semibold text-slate-900" : "text-slate-700"}`}>
                        {isUnread ? <span className="sr-only">{t("notifications.unread")}：</span> : null}
                        {text}
                      </p>
                      {quote ? <p className="mt-1 line-clamp-2 border-l-2 border-slate-300 pl-2 text-sm text-slate-600">{quote}</p> : null}
                      <p className="mt-1 text-xs text-slate-500">
                        {t(`enum.notificationKind.${n.kind}`)}
                        {n.actorName ? ` · ${n.actorName}` : null} ·{" "}
                        <time dateTime={n.createdAt.toISOString()}>{formatRelativeTime(n.createdAt, now, locale)}</time>
                      </p>
                    </div>
                    {isUnread ? <span aria-hidden className="mt-2 h-2.5 w-2.5 shrink-0 rounded-full bg-red-600" /> : null}
                  </a>
                </li>
              );
            })}
          </ul>
        )}
        {before || list.nextBefore ? (
          <nav aria-label={t("notifications.older")} className="mt-4 flex items-center justify-between text-sm">
            {before ? (
              <Link href={notificationsHref({ unreadOnly })} className="inline-flex min-h-11 items-center text-brand-700 hover:underline">
                {t("notifications.newest")}
              </Link>
            ) : (
              <span />
            )}
            {list.nextBefore ? (
              <Link href={notificationsHref({ unreadOnly, before: list.nextBefore })} className="inline-flex min-h-11 items-center text-brand-700 hover:underline">
                {t("notifications.older")} →
              </Link>
            ) : null}
          </nav>
        ) : null}
      </div>
    </>
  );
}
