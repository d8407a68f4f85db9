"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useListUrl } from "@/components/data-table/use-list-url";
import { Select } from "@/components/form/field";
import { leadSources, stages } from "@/lib/domain/enums";
import { sizeBands } from "@/lib/domain/size-bands";
import { inputClass, primaryButton, secondaryButton } from "@/components/form/styles";

type Option = { id: number; name: string; title?: string | null };
export type FilterOptions = {
  groups: Option[];
  owners: Option[];
  districts: Option[];
  industries: Option[];
  leaders: Option[];
};

/** Which filters a form shows: the table has them all, the board the ones that cut its columns. */
export type FilterField = "stage" | "group" | "owner" | "district" | "industry" | "source" | "leader" | "band" | "signed" | "stale";

const allFields: FilterField[] = ["stage", "group", "owner", "district", "industry", "source", "leader", "band", "signed", "stale"];

/**
 * The filters of a list, kept in the URL (?stage=…&group=…&band=1to5,5plus): applying them
 * navigates, so the view can be bookmarked and shared, and the server does the filtering.
 */
export function LeadFilters({ options, fields = allFields, id = "lead-filters" }: { options: FilterOptions; fields?: FilterField[]; id?: string }) {
  const t = useTranslations();
  const { searchParams, update } = useListUrl();
  const initial = () => ({
    stage: searchParams.get("stage") ?? "",
    group: searchParams.get("group") ?? "",
    owner: searchParams.get("owner") ?? "",
    district: searchParams.get("district") ?? "",
    industry: searchParams.get("industry") ?? "",
    source: searchParams.get("source") ?? "",
    leader: searchParams.get("leader") ?? "",
    band: (searchParams.get("band") ?? "").split(",").filter(Boolean),
    signedFrom: searchParams.get("signedFrom") ?? "",
    signedTo: searchParams.get("signedTo") ?? "",
    stale: searchParams.get("stale") === "1" || searchParams.get("attention") === "stale",
  });
  const [values, setValues] = useState(initial);
  // When the URL changes (a chip removed, back button), the form follows it.
  const [seen, setSeen] = useState(searchParams.toString());
  if (seen !== searchParams.toString()) {
    setSeen(searchParams.toString());
    setValues(initial());
  }
  const has = (field: FilterField) => fields.includes(field);
  const set = (key: keyof typeof values) => (event: React.ChangeEvent<HTMLSelectElement | HTMLInputElement>) =>
    setValues((v) => ({ ...v, [key]: event.target.value }));

  const apply = (event: React.FormEvent) => {
    event.preventDefault();
    update({
      stage: has("stage") ? values.stage : undefined,
      group: values.group,
      owner: values.owner,
      district: values.district,
      industry: values.industry,
      source: values.source,
      leader: values.leader,
      band: sizeBands.filter((b) => values.band.includes(b)).join(","),
      signedFrom: values.signedFrom,
      signedTo: values.signedTo,
      stale: values.stale ? "1" : null,
      attention: searchParams.get("attention") === "stale" ? null : searchParams.get("attention"),
    });
  };
  const reset = () => {
    const cleared = Object.fromEntries(
      ["stage", "group", "owner", "district", "industry", "source", "unfilled", "leader", "band", "signedFrom", "signedTo", "reportFrom", "reportTo", "partner", "trip", "meeting", "company", "import", "stale", "attention", "mine"].map((k) => [k, null]),
    );
    update(cleared);
  };

  const select = (key: "stage" | "group" | "owner" | "district" | "industry" | "source" | "leader", label: string, choices: { value: string; label: string }[]) => (
    <div className="space-y-1">
      <label htmlFor={`${id}-${key}`} className="block text-xs font-medium text-slate-600">
        {label}
      </label>
      <Select id={`${id}-${key}`} value={values[key]} onChange={set(key)} placeholder={t("leads.filters.any")} options={choices} />
    </div>
  );
  const ids = (list: Option[]) => list.map((o) => ({ value: String(o.id), label: o.title ? `${o.name}（${o.title}）` : o.name }));

  return (
    <form onSubmit={apply} aria-label={t("leads.filters.title")} className="rounded-lg border border-slate-200 bg-white p-3">
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-4">
        {has("stage") ? select("stage", t("leads.stage"), stages.map((s) => ({ value: s, label: t(`enum.stage.${s}`) }))) : null}
        {has("group") ? select("group", t("leads.group"), ids(options.groups)) : null}
        {has("owner") ? select("owner", t("leads.owner"), ids(options.owners)) : null}
        {has("district") ? select("district", t("leads.district"), ids(options.districts)) : null}
        {has("industry") ? select("industry", t("leads.industry"), ids(options.industries)) : null}
        {has("source") ? select("source", t("leads.source"), leadSources.map((s) => ({ value: s, label: t(`enum.source.${s}`) }))) : null}
        {has("leader") ? select("leader", t("leads.leader"), ids(options.leaders)) : null}
        {has("signed") ? (
          <fieldset className="col-span-2 min-w-0 space-y-1">
            <legend className="text-xs font-medium text-slate-600">{t("leads.filters.signedRange")}</legend>
            <div className="flex items-center gap-1.5">
              <label className="sr-only" htmlFor={`${id}-signedFrom`}>
                {t("leads.filters.signedFrom")}
              </label>
              <input id={`${id}-signedFrom`} type="date" value={values.signedFrom} onChange={set("signedFrom")} className={`${inputClass} min-w-0 flex-1`} />
              <span aria-hidden>—</span>
              <label className="sr-only" htmlFor={`${id}-signedTo`}>
                {t("leads.filters.signedTo")}
              </label>
              <input id={`${id}-signedTo`} type="date" value={values.signedTo} onChange={set("signedTo")} className={`${inputClass} min-w-0 flex-1`} />
            </div>
          </fieldset>
        ) : null}
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-x-5 gap-y-2">
        {has("band") ? (
          <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
            <legend className="float-left mr-3 text-xs font-medium text-slate-600">{t("leads.filters.band")}</legend>
            {sizeBands.map((band) => (
              <label key={band} className="inline-flex items-center gap-1.5">
                <input
                  type="checkbox"
                  checked={values.band.includes(band)}
                  onChange={(e) =>
                    setValues((v) => ({ ...v, band: e.target.checked ? [...v.band, band] : v.band.filter((b) => b !== band) }))
                  }
                  className="h-4 w-4 rounded border-slate-300"
                />
                {t(`leads.band.${band}`)}
              </label>
            ))}
          </fieldset>
        ) : null}
        {has("stale") ? (
          <label className="inline-flex items-center gap-1.5 text-sm">
            <input
              type="checkbox"
              checked={values.stale}
              onChange={(e) => setValues((v) => ({ ...v, stale: e.target.checked }))}
              className="h-4 w-4 rounded border-slate-300"
            />
            {t("leads.filters.staleOnly")}
          </label>
        ) : null}
        <div className="ml-auto flex gap-2">
          <button type="button" onClick={reset} className={secondaryButton}>
            {t("actions.reset")}
          </button>
          <button type="submit" className={primaryButton}>
            {t("actions.filter")}
          </button>
        </div>
      </div>
    </form>
  );
}
