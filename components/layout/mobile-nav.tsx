"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { Area } from "@/lib/auth/policy";
import { NavLinks } from "./nav-links";

/** The phone's navigation: a menu button in the top bar that opens every area (the tab bar holds the few of the day). */
export function MobileNav({ areas, footer }: { areas: Area[]; footer: React.ReactNode }) {
  const t = useTranslations("nav");
  const [isOpen, setOpen] = useState(false);
  return (
    <div className="lg:hidden">
      <button
        type="button"
        aria-expanded={isOpen}
        aria-controls="mobile-nav"
        onClick={() => setOpen((open) => !open)}
        className="inline-flex min-h-11 items-center gap-1.5 rounded-md px-2.5 text-sm text-white hover:bg-white/10"
      >
        <svg aria-hidden viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round">
          {isOpen ? <path d="M6 6l12 12M18 6L6 18" /> : <path d="M4 7h16M4 12h16M4 17h16" />}
        </svg>
        {t("menu")}
      </button>
      {isOpen ? (
        <nav
          id="mobile-nav"
          aria-label={t("main")}
          className="absolute inset-x-0 top-14 z-40 max-h-[calc(100dvh_-_3.5rem)] overflow-y-auto overscroll-contain border-t border-white/10 bg-brand-800 px-3 pb-[max(1rem,env(safe-area-inset-bottom))] pt-2 shadow-lg"
        >
          <NavLinks areas={areas} onNavigate={() => setOpen(false)} />
          <div className="mt-3 border-t border-white/10 pt-3">{footer}</div>
        </nav>
      ) : null}
    </div>
  );
}
