"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

/** The save bar: always in reach of the thumb at the bottom of the screen, above the phone's home bar. */
export function StickyActions({ children, message }: { children: ReactNode; message?: ReactNode }) {
  return (
    <div className="sticky bottom-0 z-10 -mx-3 mt-4 border-t border-slate-200 bg-white/95 px-3 pb-[max(0.75rem,env(safe-area-inset-bottom))] pt-3 backdrop-blur sm:-mx-6 sm:px-6 lg:-mx-8 lg:px-8">
      {message}
      <div className="flex items-center gap-3">{children}</div>
    </div>
  );
}

export const primaryButtonClass =
  "inline-flex min-h-12 flex-1 items-center justify-center rounded-md bg-brand-600 px-5 text-base font-semibold text-white shadow-sm hover:bg-brand-700 disabled:opacity-60 sm:flex-none";
export const secondaryButtonClass =
  "inline-flex min-h-12 items-center justify-center rounded-md border border-slate-300 bg-white px-5 text-base font-medium text-slate-700 hover:border-brand-600 hover:text-brand-700";
export const smallButtonClass =
  "inline-flex min-h-11 items-center justify-center rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-700 hover:border-brand-600 hover:text-brand-700";

/**
 * The save bar of a page form: the form's error (announced), the submit button ("保存…" while saving)
 * and the way back.
 */
export function FormActions({ error, submitting, submitLabel, cancelHref }: { error: string | null; submitting: boolean; submitLabel?: string; cancelHref: string }) {
  const t = useTranslations();
  return (
    <StickyActions
      message={
        error ? (
          <p role="alert" className="mb-2 text-sm font-medium text-red-700">
            {error}
          </p>
        ) : null
      }
    >
      <button type="submit" disabled={submitting} className={primaryButtonClass}>
        {submitting ? t("formKit.saving") : (submitLabel ?? t("actions.save"))}
      </button>
      <Link href={cancelHref} className={secondaryButtonClass}>
        {t("actions.cancel")}
      </Link>
    </StickyActions>
  );
}
