"use client";
import { useTranslations } from "next-intl";
import { UrlFilterPanel, useUrlFilterValues } from "@/components/data-table/url-filter-panel";
import { Select } from "@/components/form/field";
import { filterControlClass, filterLabelClass } from "@/components/form/styles";

type Person = { id: number; name: string; title?: string | null };
export type MeetingFilterOptions = { trips: { id: number; title: string }[]; leaders: Person[]; owners: Person[] };

const filterKeys = ["trip", "leader", "owner", "from", "to", "overdue"] as const;

const people = (list: Person[]) => list.map((p) => ({ value: String(p.id), label: p.title ? `${p.name}（${p.title}）` : p.name }));

/** The meetings list's filters, kept in the URL (?trip=&leader=&owner=&from=&to=&overdue=1) and applied by the server. */
export function MeetingFilters({ options }: { options: MeetingFilterOptions }) {
  const t = useTranslations();
  const filters = useUrlFilterValues(filterKeys);
  const { values, bind: set } = filters;

  return (
    <UrlFilterPanel title={t("meetings.filters.title")} filters={filters}>
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
          onChange={(event) => filters.setValue("overdue", event.target.checked ? "1" : "")}
          className="h-5 w-5 rounded border-slate-300"
        />
        {t("meetings.filters.overdueOnly")}
      </label>
    </UrlFilterPanel>
  );
}
