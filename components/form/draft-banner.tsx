"use client";
import { useLocale, useTranslations } from "next-intl";
import { toLocale } from "@/i18n/locales";
import { formatDateTime } from "@/lib/format";

/** Says that what was typed last time came back from this browser, with a way to start over. */
export function DraftBanner({ restoredAt, onDiscard }: { restoredAt: number | null; onDiscard: () => void }) {
  const t = useTranslations("formKit");
  const locale = toLocale(useLocale());
  if (!restoredAt) return null;
  return (
    <div role="status" className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-900">
      <span>{t("draftRestored", { time: formatDateTime(new Date(restoredAt), locale) })}</span>
      <button type="button" onClick={onDiscard} className="min-h-11 rounded-md px-3 font-medium text-sky-800 underline hover:bg-sky-100">
        {t("discardDraft")}
      </button>
    </div>
  );
}
