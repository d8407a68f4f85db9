"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useListUrl } from "@/components/data-table/use-list-url";
import { Select } from "@/components/form/field";
import { filterControlClass, filterLabelClass, primaryButton, secondaryButton } from "@/components/form/styles";

type Person = { id: number; name: string; title?: string | null };
export type MeetingFilterOptions = { trips: { id: number; title: string }[]; leaders: Person[]; owners: Person[] };

const filterKeys = ["trip", "leader", "owner", "from", "to", "overdue"] as const;
type FilterKey = (typeof filterKeys)[number];

const people = (list: Person[]) => list.map((p) => ({ value: String(p.id), label: p.title ? `${p.name}（${p.title}）` : p.name }));

/** The meetings list's filters, kept in the URL (?trip=&leader=&owner=&from=&to=&overdue=1) and applied by the server. */
export function MeetingFilters({ options }: { options: MeetingFilterOptions }) {
  const t = useTranslations();
  const { searchParams, update } = useListUrl();
  const current = () => Object.fromEntries(filterKeys.map((k) => [k, searchParams.get(k) ?? ""])) as Record<FilterKey, string>;
  const [values, setValues] = useState(current);
  // When the URL changes (a chip removed, the back button), the form follows it.
  const [seen, setSeen] = useState(searchParams.toString());
  if (seen !== searchParams.toString()) {
    setSeen(searchParams.toString());
    setValues(current());
  }
  const activeCount = filterKeys.filter((k) => searchParams.get(k)).length;
  const set = (key: FilterKey) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: event.target.value }));

  return (
    <details className="group rounded-lg border border-slate-200 bg-white" open={activeCount > 0 ? true : undefined}>
      <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between px-3 text-sm font-medium text-slate-700">
        <span>
          {t("meetings.filters.title")}
          {activeCount > 0 ? <span className="ml-2 rounded-full bg-brand-600 px-2 py-0.5 text-xs text-white">{activeCount}</span> : null}
        </span>
        <span aria-hidden className="text-slate-600 group-open:rotate-180">
          ▾
        </span>
      </summary>
      <form
        aria-label={t("meetings.filters.title")}
        className="grid gap-3 border-t border-slate-100 p-3 sm:grid-cols-2 lg:grid-cols-3"
        onSubmit={(event) => {
          event.preventDefault();
          update(Object.fromEntries(filterKeys.map((k) => [k, values[k].trim() || null])));
        }}
      >
        <label className={filterLabelClass}>
          {t("meetings.trip")}
          <Select
            value={values.trip}
            onChange={set("trip")}
            className={filterControlClass}
            placeholder={t("meetings.filters.allTrips")}
            options={options.trips.map((trip) => ({ value: String(trip.id), label: trip.title }))}
          />
        </label>
        <label className={filterLabelClass}>
          {t("meetings.filters.leader")}
          <Select value={values.leader} onChange={set("leader")} className={filterControlClass} placeholder={t("meetings.filters.allLeaders")} options={people(options.leaders)} />
        </label>
        <label className={filterLabelClass}>
          {t("meetings.filters.owner")}
          <Select value={values.owner} onChange={set("owner")} className={filterControlClass} placeholder={t("meetings.filters.anyOwner")} options={people(options.owners)} />
        </label>
        <label className={filterLabelClass}>
          {t("meetings.filters.from")}
          <input type="date" value={values.from} onChange={set("from")} className={`${filterControlClass} min-w-0`} />
        </label>
        <label className={filterLabelClass}>
          {t("meetings.filters.to")}
          <input type="date" value={values.to} onChange={set("to")} className={`${filterControlClass} min-w-0`} />
        </label>
        <label className="inline-flex min-h-11 items-center gap-2 self-end text-sm text-slate-700">
          <input
            type="checkbox"
            checked={values.overdue === "1"}
            onChange={(event) => setValues((v) => ({ ...v, overdue: event.target.checked ? "1" : "" }))}
            className="h-5 w-5 rounded border-slate-300"
          />
          {t("meetings.filters.overdueOnly")}
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
