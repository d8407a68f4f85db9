"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useListUrl } from "@/components/data-table/use-list-url";
import { choicesOf, Select } from "@/components/form/field";
import { filterControlClass, filterLabelClass, primaryButton, secondaryButton } from "@/components/form/styles";
import { regionGroups, tripStatuses } from "@/lib/domain/enums";

const filterKeys = ["leader", "from", "to", "dest", "region", "status"] as const;
type FilterKey = (typeof filterKeys)[number];


/** The trips list's filters, kept in the URL (?leader=&from=&to=&dest=&region=&status=) and applied by the server. */
export function TripFilters({ leaders }: { leaders: { id: number; name: string }[] }) {
  const t = useTranslations();
  const { searchParams, update } = useListUrl();
  const current = Object.fromEntries(filterKeys.map((k) => [k, searchParams.get(k) ?? ""])) as Record<FilterKey, string>;
  const [values, setValues] = useState(current);
  const activeCount = filterKeys.filter((k) => current[k]).length;
  const set = (key: FilterKey) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: event.target.value }));

  return (
    <details className="group rounded-lg border border-slate-200 bg-white" open={activeCount > 0 ? true : undefined}>
      <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between px-3 text-sm font-medium text-slate-700">
        <span>
          {t("trips.filters.title")}
          {activeCount > 0 ? <span className="ml-2 rounded-full bg-brand-600 px-2 py-0.5 text-xs text-white">{activeCount}</span> : null}
        </span>
        <span aria-hidden className="text-slate-400 group-open:rotate-180">
          ▾
        </span>
      </summary>
      <form
        aria-label={t("trips.filters.title")}
        className="grid gap-3 border-t border-slate-100 p-3 sm:grid-cols-2 lg:grid-cols-3"
        onSubmit={(event) => {
          event.preventDefault();
          update(Object.fromEntries(filterKeys.map((k) => [k, values[k].trim() || null])));
        }}
      >
        <label className={filterLabelClass}>
          {t("trips.leader")}
          <Select value={values.leader} onChange={set("leader")} className={filterControlClass} placeholder={t("trips.filters.allLeaders")} options={choicesOf(leaders)} />
        </label>
        <label className={filterLabelClass}>
          {t("trips.destinations")}
          <input value={values.dest} onChange={set("dest")} enterKeyHint="search" className={filterControlClass} />
        </label>
        <label className={filterLabelClass}>
          {t("trips.region")}
          <Select value={values.region} onChange={set("region")} className={filterControlClass} placeholder={t("trips.filters.allRegions")} options={regionGroups.map((r) => ({ value: r, label: t(`enum.region.${r}`) }))} />
        </label>
        <label className={filterLabelClass}>
          {t("trips.status")}
          <Select value={values.status} onChange={set("status")} className={filterControlClass} placeholder={t("trips.filters.allStatuses")} options={tripStatuses.map((s) => ({ value: s, label: t(`enum.tripStatus.${s}`) }))} />
        </label>
        <label className={filterLabelClass}>
          {t("trips.filters.from")}
          <input type="date" value={values.from} onChange={set("from")} className={filterControlClass} />
        </label>
        <label className={filterLabelClass}>
          {t("trips.filters.to")}
          <input type="date" value={values.to} onChange={set("to")} className={filterControlClass} />
        </label>
        <div className="flex gap-2 sm:col-span-2 lg:col-span-3">
          <button type="submit" className={primaryButton}>
            {t("actions.filter")}
          </button>
          <button
            type="button"
            onClick={() => {
              setValues(Object.fromEntries(filterKeys.map((k) => [k, ""])) as Record<FilterKey, string>);
              update(Object.fromEntries(filterKeys.map((k) => [k, null])));
            }}
            className={secondaryButton}
          >
            {t("actions.reset")}
          </button>
        </div>
      </form>
    </details>
  );
}
