"use client";
import { useTranslations } from "next-intl";
import { UrlFilterPanel, useUrlFilterValues } from "@/components/data-table/url-filter-panel";
import { choicesOf, Select } from "@/components/form/field";
import { filterControlClass, filterLabelClass } from "@/components/form/styles";
import { regionGroups, tripStatuses } from "@/lib/domain/enums";

const filterKeys = ["leader", "from", "to", "dest", "region", "status"] as const;

/** The trips list's filters, kept in the URL (?leader=&from=&to=&dest=&region=&status=) and applied by the server. */
export function TripFilters({ leaders }: { leaders: { id: number; name: string }[] }) {
  const t = useTranslations();
  const filters = useUrlFilterValues(filterKeys);
  const { values, bind: set } = filters;

  return (
    <UrlFilterPanel title={t("trips.filters.title")} filters={filters}>
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
    </UrlFilterPanel>
  );
}
