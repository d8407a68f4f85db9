"use client";
import { useTranslations } from "next-intl";
import { columnLabelKey, columnsCookie, hideableColumns, type HideableColumn } from "./columns";

/** Kept for a year, read by the page on the next visit. */
function rememberHidden(hidden: HideableColumn[]) {
  document.cookie = `${columnsCookie}=${hidden.join(",")}; path=/; max-age=${60 * 60 * 24 * 365}; samesite=lax`;
}

export function ColumnPicker({ hidden, onChange }: { hidden: HideableColumn[]; onChange: (hidden: HideableColumn[]) => void }) {
  const t = useTranslations();
  const toggle = (column: HideableColumn, visible: boolean) => {
    const next = visible ? hidden.filter((c) => c !== column) : [...hidden, column];
    onChange(next);
    rememberHidden(next);
  };
  return (
    <details className="relative">
      <summary className="cursor-pointer list-none rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-700 hover:border-brand-600">
        {t("leads.columns")}
      </summary>
      <fieldset className="absolute right-0 z-20 mt-1 w-56 space-y-1 rounded-md border border-slate-200 bg-white p-3 text-sm shadow-lg">
        <legend className="sr-only">{t("leads.columns")}</legend>
        {hideableColumns.map((column) => (
          <label key={column} className="flex items-center gap-2 py-0.5">
            <input
              type="checkbox"
              checked={!hidden.includes(column)}
              onChange={(e) => toggle(column, e.target.checked)}
              className="h-4 w-4 rounded border-slate-300"
            />
            {t(columnLabelKey[column])}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
