"use client";
// The bell in the shell: the unread count the server drew the page with, read again from
// GET /notifications/count when the window gets the focus back, after a move to another page and
// every minute, by the bell that is on screen only (the sidebar's on a desktop, the top bar's on a phone).
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { unreadBadge } from "@/lib/notifications/sentence";
import { isActivePath } from "./nav-links";

const bellIcon = "M15 17h5l-1.4-1.4A2 2 0 0118 14.2V11a6 6 0 00-4-5.7V5a2 2 0 10-4 0v.3A6 6 0 006 11v3.2a2 2 0 01-.6 1.4L4 17h5m6 0v1a3 3 0 11-6 0v-1m6 0H9";

export function NotificationBell({ initialCount }: { initialCount: number }) {
  const t = useTranslations("notifications");
  const pathname = usePathname();
  const link = useRef<HTMLAnchorElement>(null);
  // What the bell read itself, and from which server count: a page drawn afresh by the server wins.
  const [fetched, setFetched] = useState<{ base: number; value: number } | null>(null);
  const count = fetched && fetched.base === initialCount ? fetched.value : initialCount;
  const refresh = useRef<() => Promise<void>>(async () => undefined);

  useEffect(() => {
    let stopped = false;
    refresh.current = async () => {
      if (!link.current?.offsetParent || document.visibilityState === "hidden") return;
      try {
        const response = await fetch("/notifications/count", { cache: "no-store", headers: { accept: "application/json" } });
        const body: unknown = response.ok ? await response.json() : null;
        const unread = body && typeof body === "object" ? (body as { unread?: unknown }).unread : undefined;
        if (!stopped && typeof unread === "number") setFetched({ base: initialCount, value: unread });
      } catch {
        // Offline or signed out meanwhile: the bell keeps its last count.
      }
    };
    const onFocus = () => void refresh.current();
    const onVisible = () => document.visibilityState === "visible" && onFocus();
    const timer = setInterval(onFocus, 60_000);
    window.addEventListener("focus", onFocus);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      stopped = true;
      clearInterval(timer);
      window.removeEventListener("focus", onFocus);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [initialCount]);

  // After a move within the app (the shell is not drawn again): the page just left may have read some.
  const shownAt = useRef(pathname);
  useEffect(() => {
    if (shownAt.current === pathname) return;
    shownAt.current = pathname;
    void refresh.current();
  }, [pathname]);

  return (
    <Link
      ref={link}
      href="/notifications"
      aria-label={count > 0 ? t("bellUnread", { count }) : t("bell")}
      aria-current={isActivePath(pathname, "/notifications") ? "page" : undefined}
      data-testid="notification-bell"
      className="relative inline-flex h-11 w-11 shrink-0 items-center justify-center rounded-md text-white hover:bg-white/10 aria-[current=page]:bg-white/15"
    >
      <svg aria-hidden viewBox="0 0 24 24" className="h-6 w-6" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round">
        <path d={bellIcon} />
      </svg>
      {count > 0 ? (
        <span aria-hidden className="absolute right-0.5 top-0.5 min-w-5 rounded-full bg-red-600 px-1 text-center text-[11px] font-semibold leading-5 text-white ring-2 ring-brand-800">
          {unreadBadge(count)}
        </span>
      ) : null}
    </Link>
  );
}
