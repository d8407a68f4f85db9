"use client";
import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { useListUrl } from "@/components/data-table/use-list-url";
import { primaryButton, secondaryButton } from "@/components/form/styles";

/**
 * A list's filters kept in the URL: what each field holds, typed but not yet applied. When the URL
 * changes (a chip removed, the back button) the fields follow it.
 */
export function useUrlFilterValues<K extends string>(keys: readonly K[]) {
  const { searchParams, update } = useListUrl();
  const current = () => Object.fromEntries(keys.map((k) => [k, searchParams.get(k) ?? ""])) as Record<K, string>;
  const [values, setValues] = useState(current);
  const [seen, setSeen] = useState(searchParams.toString());
  if (seen !== searchParams.toString()) {
    setSeen(searchParams.toString());
    setValues(current());
  }
  return {
    values,
    setValue: (key: K, value: string) => setValues((v) => ({ ...v, [key]: value })),
    /** For a field's onChange: `onChange={bind("leader")}`. */
    bind: (key: K) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: event.target.value })),
    activeCount: keys.filter((k) => searchParams.get(k)).length,
    apply: () => update(Object.fromEntries(keys.map((k) => [k, values[k].trim() || null]))),
    reset: () => {
      setValues(Object.fromEntries(keys.map((k) => [k, ""])) as Record<K, string>);
      update(Object.fromEntries(keys.map((k) => [k, null])));
    },
  };
}

/** The folding panel of a list's filters, open while any is applied, with 筛选 and 重置. */
export function UrlFilterPanel({
  title,
  filters,
  children,
}: {
  title: string;
  filters: { activeCount: number; apply: () => void; reset: () => void };
  children: ReactNode;
}) {
  const t = useTranslations("actions");
  return (
    <details className="group rounded-lg border border-slate-200 bg-white" open={filters.activeCount > 0 ? true : undefined}>
      <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between px-3 text-sm font-medium text-slate-700">
        <span>
          {title}
          {filters.activeCount > 0 ? <span className="ml-2 rounded-full bg-brand-600 px-2 py-0.5 text-xs text-white">{filters.activeCount}</span> : null}
        </span>
        <span aria-hidden className="text-slate-600 group-open:rotate-180">
          ▾
        </span>
      </summary>
      <form
        aria-label={title}
        className="grid gap-3 border-t border-slate-100 p-3 sm:grid-cols-2 lg:grid-cols-3"
        onSubmit={(event) => {
          event.preventDefault();
          filters.apply();
        }}
      >
        {children}
        <div className="flex gap-2 sm:col-span-2 lg:col-span-3">
          <button type="submit" className={primaryButton}>
            {t("filter")}
          </button>
          <button type="button" onClick={filters.reset} className={secondaryButton}>
            {t("reset")}
          </button>
        </div>
      </form>
    </details>
  );
}
