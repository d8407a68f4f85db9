import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SearchBox } from "@/components/data-table/search-box";
import { PageHeader } from "@/components/layout/page-header";
import { LeadsTable } from "@/components/leads/leads-table";
import { stages } from "@/db/schema/enums";
import { leadSortable, listLeads, parseLeadFilters } from "@/db/queries/leads";
import { parseListParams, type SearchParams } from "@/db/queries/list-params";
import { requireArea } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("leads"))("title") };
}

export default async function LeadsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireArea("leads");
  const sp = await searchParams;
  const params = parseListParams(sp, leadSortable);
  const filters = parseLeadFilters(sp);
  const [t, { rows, total }] = await Promise.all([getTranslations(), listLeads(user, params, filters)]);
  const hrefWith = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams();
    for (const [key, value] of Object.entries(sp)) if (typeof value === "string" && key !== "page") next.set(key, value);
    for (const [key, value] of Object.entries(changes)) if (value === null) next.delete(key); else next.set(key, value);
    const query = next.toString();
    return query ? `/leads?${query}` : "/leads";
  };
  const stageHref = (stage: string | null) => hrefWith({ stage });
  type ActiveFilter = { key: string; label: string; clear: Record<string, null> };
  const activeFilters = ([
    filters.mine ? { key: "mine", label: t("leads.filterMine"), clear: { mine: null } } : null,
    filters.attention ? { key: "attention", label: t(`leads.filterAttention.${filters.attention}`), clear: { attention: null } } : null,
    filters.signedFrom || filters.signedTo
      ? {
          key: "signed",
          label: t("leads.filterSigned", { from: filters.signedFrom ?? "…", to: filters.signedTo ?? "…" }),
          clear: { signedFrom: null, signedTo: null },
        }
      : null,
  ] as (ActiveFilter | null)[]).filter((f): f is ActiveFilter => f !== null);
  const chip = (active: boolean) =>
    `whitespace-nowrap rounded-full border px-3 py-1 text-sm ${active ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white text-slate-700 hover:border-brand-600"}`;
  return (
    <>
      <PageHeader title={t("leads.title")} subtitle={t("leads.subtitle")} />
      <div className="mb-3 space-y-3">
        <SearchBox label={t("table.searchPlaceholder")} />
        <nav aria-label={t("leads.stage")} className="-mx-1 flex gap-2 overflow-x-auto px-1 pb-1">
          <Link href={stageHref(null)} className={chip(filters.stage === null)} aria-current={filters.stage === null ? "true" : undefined}>
            {t("leads.allStages")}
          </Link>
          {stages.map((stage) => (
            <Link key={stage} href={stageHref(stage)} className={chip(filters.stage === stage)} aria-current={filters.stage === stage ? "true" : undefined}>
              {t(`enum.stage.${stage}`)}
            </Link>
          ))}
        </nav>
        {activeFilters.length > 0 ? (
          <ul aria-label={t("actions.filter")} className="flex flex-wrap gap-2 text-sm">
            {activeFilters.map((f) => (
              <li key={f.key} className="inline-flex items-center gap-1.5 rounded-full bg-brand-50 py-1 pl-3 pr-1 text-brand-800">
                {f.label}
                <Link href={hrefWith(f.clear)} aria-label={`${t("actions.reset")} ${f.label}`} className="rounded-full px-1.5 hover:bg-brand-100">
                  ×
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <LeadsTable rows={rows} state={{ ...params, total }} />
    </>
  );
}
