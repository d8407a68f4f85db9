"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import type { Area } from "@/lib/auth/policy";
import { areaPaths } from "@/lib/auth/policy";
import { areaIcons, isActivePath } from "./nav-links";

/** 我的: a person. */
const mineIcon = "M16 7a4 4 0 11-8 0 4 4 0 018 0zM4 21a8 8 0 0116 0";

/**
 * The phone's tab bar (below md): the areas of the person's day and 我的 (the account page, with the
 * language and sign-out). Every other area stays in the top bar's menu. Fixed to the bottom, above
 * the iPhone's home indicator; the shell pads the page (and lifts a form's save bar) by its height.
 */
export function TabBar({ areas }: { areas: Area[] }) {
  const t = useTranslations("nav");
  const pathname = usePathname();
  const tabs = [
    ...areas.map((area) => ({ key: area, href: areaPaths[area], label: t(area), icon: areaIcons[area] })),
    { key: "mine", href: "/account", label: t("mine"), icon: mineIcon },
  ];
  return (
    <nav
      aria-label={t("tabs")}
      className="no-print fixed inset-x-0 bottom-0 z-30 border-t border-slate-200 bg-white pb-[env(safe-area-inset-bottom)] pl-[env(safe-area-inset-left)] pr-[env(safe-area-inset-right)] shadow-[0_-1px_3px_rgba(15,23,42,0.06)] md:hidden"
    >
      <ul className="flex">
        {tabs.map((tab) => {
          const active = isActivePath(pathname, tab.href);
          return (
            <li key={tab.key} className="min-w-0 flex-1">
              <Link
                href={tab.href}
                aria-current={active ? "page" : undefined}
                className={`flex h-14 flex-col items-center justify-center gap-0.5 text-xs ${active ? "font-semibold text-brand-700" : "text-slate-700 hover:text-brand-700"}`}
              >
                <svg aria-hidden viewBox="0 0 24 24" className="h-6 w-6" fill="none" stroke="currentColor" strokeWidth={active ? 2.1 : 1.7} strokeLinecap="round" strokeLinejoin="round">
                  <path d={tab.icon} />
                </svg>
                <span className="truncate">{tab.label}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
