"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import type { Area } from "@/lib/auth/policy";
import { areaPaths } from "@/lib/auth/policy";

/** The outline icon of each area (24×24 path), shared by the sidebar, the menu and the tab bar. */
export const areaIcons: Record<Area, string> = {
  dashboard: "M3 12l9-9 9 9M5 10v10h5v-6h4v6h5V10",
  tasks: "M9 11l3 3 8-8M20 12v7a2 2 0 01-2 2H6a2 2 0 01-2-2V5a2 2 0 012-2h9",
  trips: "M2 16l20-8-20-8 4 8-4 8zm4-8h8",
  meetings: "M7 8h10M7 12h6m-9 8l3-3h11a2 2 0 002-2V6a2 2 0 00-2-2H4a2 2 0 00-2 2v9a2 2 0 002 2",
  companies: "M3 21h18M5 21V7l7-4 7 4v14M9 9h1m4 0h1M9 13h1m4 0h1M9 17h1m4 0h1",
  leads: "M9 5h11M9 12h11M9 19h11M4 5h.01M4 12h.01M4 19h.01",
  board: "M4 4h4v16H4zM10 4h4v10h-4zM16 4h4v6h-4z",
  supervision: "M12 8v4l3 2m6-2a9 9 0 11-18 0 9 9 0 0118 0z",
  groups: "M17 20v-2a4 4 0 00-4-4H7a4 4 0 00-4 4v2m18 0v-2a4 4 0 00-3-3.87M13 7a4 4 0 11-8 0 4 4 0 018 0zm3-3.87a4 4 0 010 7.75",
  chains: "M10 14a4 4 0 005.66 0l3-3a4 4 0 00-5.66-5.66l-1 1M14 10a4 4 0 00-5.66 0l-3 3a4 4 0 005.66 5.66l1-1",
  partners: "M12 21a9 9 0 100-18 9 9 0 000 18zm-9-9h18M12 3a15 15 0 010 18M12 3a15 15 0 000 18",
  admin: "M12 15a3 3 0 100-6 3 3 0 000 6zm7.4-3a7.4 7.4 0 00-.1-1.2l2-1.6-2-3.4-2.4 1a7 7 0 00-2-1.2L14.5 2h-5l-.4 2.6a7 7 0 00-2 1.2l-2.4-1-2 3.4 2 1.6a7.4 7.4 0 000 2.4l-2 1.6 2 3.4 2.4-1a7 7 0 002 1.2l.4 2.6h5l.4-2.6a7 7 0 002-1.2l2.4 1 2-3.4-2-1.6c.1-.4.1-.8.1-1.2z",
};

export function isActivePath(pathname: string, href: string) {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

export function NavLinks({ areas, onNavigate }: { areas: Area[]; onNavigate?: () => void }) {
  const t = useTranslations("nav");
  const pathname = usePathname();
  return (
    <ul className="space-y-0.5">
      {areas.map((area) => {
        const href = areaPaths[area];
        const active = isActivePath(pathname, href);
        return (
          <li key={area}>
            <Link
              href={href}
              onClick={onNavigate}
              aria-current={active ? "page" : undefined}
              className={`flex items-center gap-3 rounded-md px-3 py-2.5 text-[15px] ${
                active ? "bg-white/15 font-semibold text-white" : "text-brand-100 hover:bg-white/10 hover:text-white"
              }`}
            >
              <svg aria-hidden viewBox="0 0 24 24" className="h-5 w-5 shrink-0" fill="none" stroke="currentColor" strokeWidth={1.7} strokeLinecap="round" strokeLinejoin="round">
                <path d={areaIcons[area]} />
              </svg>
              {t(area)}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
