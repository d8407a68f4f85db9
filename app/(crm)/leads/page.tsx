import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SearchBox } from "@/components/data-table/search-box";
import { PageHeader } from "@/components/layout/page-header";
import { columnsCookie, parseHiddenColumns } from "@/components/leads/columns";
import { LeadFilters } from "@/components/leads/lead-filters";
import { LeadsTable } from "@/components/leads/leads-table";
import { stages } from "@/lib/domain/enums";
import { exportLimit } from "@/db/queries/leads/export";
import { leadFilterOptions, partnerNameOf } from "@/db/queries/leads/options";
import { leadSortable, listLeads } from "@/db/queries/leads/table";
import { parseLeadFilters } from "@/lib/lead-filters";
import { parseListParams, type SearchParams } from "@/lib/list-params";
import { leadsOfName, type LeadsOf } from "@/db/queries/related-leads";
import { importRunOf } from "@/db/queries/import-runs";
import { toLocale } from "@/i18n/locales";
import { requireArea } from "@/lib/auth/session";
import { mayReassignAny } from "@/lib/auth/policy";
import { formatDate, formatDateTime, formatWan, toIsoDate } from "@/lib/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("leads"))("title") };
}

export default async function LeadsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireArea("leads");
  const sp = await searchParams;
  const params = parseListParams(sp, leadSortable);
  const filters = parseLeadFilters(sp);
  // The leads of one trip, meeting or company ("查看全部" on their pages).
  const ofKeys = (["trip", "meeting", "company"] as const).filter((key) => filters[key] !== null);
  const [t, locale, { rows, total, money }, options, cookieStore, partnerName, ofNames, importRun] = await Promise.all([
    getTranslations(),
    getLocale().then(toLocale),
    listLeads(user, params, filters),
    leadFilterOptions(user),
    cookies(),
    filters.partner !== null ? partnerNameOf(filters.partner) : null,
    Promise.all(ofKeys.map((key) => leadsOfName({ [key]: filters[key] } as LeadsOf))),
    filters.importRun !== null ? importRunOf(user, filters.importRun) : null,
  ]);
  const hrefWith = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams();
    for (const [key, value] of Object.entries(sp)) if (typeof value === "string" && key !== "page") next.set(key, value);
    for (const [key, value] of Object.entries(changes)) if (value === null) next.delete(key); else next.set(key, value);
    const query = next.toString();
    return query ? `/leads?${query}` : "/leads";
  };
  const exportHref = (format: "xlsx" | "csv") => {
    const next = new URLSearchParams();
    for (const [key, value] of Object.entries(sp)) if (typeof value === "string" && key !== "page" && key !== "size") next.set(key, value);
    next.set("format", format);
    return `/leads/export?${next.toString()}`;
  };
  const nameOf = (list: { id: number; name: string }[], id: number | null) => list.find((o) => o.id === id)?.name ?? String(id);

  type ActiveFilter = { key: string; label: string; clear: Record<string, null> };
  const activeFilters = ([
    filters.group !== null ? { key: "group", label: `${t("leads.group")}：${nameOf(options.groups, filters.group)}`, clear: { group: null } } : null,
    filters.owner !== null ? { key: "owner", label: `${t("leads.owner")}：${nameOf(options.owners, filters.owner)}`, clear: { owner: null } } : null,
    filters.district !== null ? { key: "district", label: `${t("leads.district")}：${nameOf(options.districts, filters.district)}`, clear: { district: null } } : null,
    filters.industry !== null ? { key: "industry", label: `${t("leads.industry")}：${nameOf(options.industries, filters.industry)}`, clear: { industry: null } } : null,
    filters.source ? { key: "source", label: `${t("leads.source")}：${t(`enum.source.${filters.source}`)}`, clear: { source: null } } : null,
    filters.unfilled ? { key: "unfilled", label: t("leads.filterUnfilled", { field: t(`leads.${filters.unfilled}`) }), clear: { unfilled: null } } : null,
    filters.leader !== null ? { key: "leader", label: `${t("leads.leader")}：${nameOf(options.leaders, filters.leader)}`, clear: { leader: null } } : null,
    filters.bands.length
      ? { key: "band", label: `${t("leads.filters.band")}：${filters.bands.map((b) => t(`leads.band.${b}`)).join("、")}`, clear: { band: null } }
      : null,
    filters.mine ? { key: "mine", label: t("leads.filterMine"), clear: { mine: null } } : null,
    filters.attention ? { key: "attention", label: t(`leads.filterAttention.${filters.attention}`), clear: { attention: null } } : null,
    filters.stale ? { key: "stale", label: t("leads.filters.staleOnly"), clear: { stale: null, attention: sp.attention === "stale" ? null : (sp.attention as string | undefined) ?? null } } : null,
    filters.signedFrom || filters.signedTo
      ? {
          key: "signed",
          label: t("leads.filterSigned", {
            from: filters.signedFrom ? formatDate(filters.signedFrom, locale) : "…",
            to: filters.signedTo ? formatDate(filters.signedTo, locale) : "…",
          }),
          clear: { signedFrom: null, signedTo: null },
        }
      : null,
    filters.partner !== null
      ? { key: "partner", label: t("leads.filterPartner", { name: partnerName ?? String(filters.partner) }), clear: { partner: null } }
      : null,
    filters.importRun !== null
      ? {
          key: "import",
          label: importRun
            ? t("import.filterChip", { file: importRun.fileName, at: formatDateTime(importRun.at, locale) })
            : t("import.filterChipUnknown", { id: filters.importRun }),
          clear: { import: null },
        }
      : null,
    ...ofKeys.map((key, i) => ({ key, label: t(`relatedLeads.filter.${key}`, { name: ofNames[i] ?? String(filters[key]) }), clear: { [key]: null } })),
    filters.reportFrom || filters.reportTo
      ? {
          key: "reported",
          label: t("leads.filterReported", { from: filters.reportFrom ?? "…", to: filters.reportTo ?? "…" }),
          clear: { reportFrom: null, reportTo: null },
        }
      : null,
  ] as (ActiveFilter | null)[]).filter((f): f is ActiveFilter => f !== null);
  const chip = (active: boolean) =>
    `inline-flex min-h-11 items-center whitespace-nowrap rounded-full border px-3 text-sm ${active ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white text-slate-700 hover:border-brand-600"}`;
  const exportLink = "inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-3 text-sm text-slate-700 hover:border-brand-600 hover:text-brand-700";
  return (
    <>
      <PageHeader
        title={t("leads.title")}
        subtitle={t("leads.subtitle")}
        actions={
          <>
            <a href={exportHref("xlsx")} className={exportLink} download>
              {t("leads.export.xlsx")}
            </a>
            <a href={exportHref("csv")} className={exportLink} download>
              {t("leads.export.csv")}
            </a>
          </>
        }
      />
      <div className="mb-3 space-y-3">
        <SearchBox label={t("table.searchPlaceholder")} />
        <nav aria-label={t("leads.stage")} className="-mx-1 flex gap-2 overflow-x-auto px-1 pb-1">
          <Link href={hrefWith({ stage: null })} className={chip(filters.stage === null)} aria-current={filters.stage === null ? "true" : undefined}>
            {t("leads.allStages")}
          </Link>
          {stages.map((stage) => (
            <Link key={stage} href={hrefWith({ stage })} className={chip(filters.stage === stage)} aria-current={filters.stage === stage ? "true" : undefined}>
              {t(`enum.stage.${stage}`)}
            </Link>
          ))}
        </nav>
        <details open={activeFilters.length > 0} className="group">
          <summary className="cursor-pointer select-none py-3 text-sm font-medium text-brand-700">
            {t("leads.filters.title")}
            {activeFilters.length ? `（${activeFilters.length}）` : ""}
          </summary>
          <div className="mt-2">
            <LeadFilters options={options} />
          </div>
        </details>
        {activeFilters.length > 0 ? (
          <ul aria-label={t("leads.filters.active")} className="flex flex-wrap gap-2 text-sm">
            {activeFilters.map((f) => (
              <li key={f.key} className="max-w-full">
                {/* The whole chip removes its filter (its name says so, the × only shows it). */}
                <Link
                  href={hrefWith(f.clear)}
                  aria-label={`${t("actions.reset")} ${f.label}`}
                  className="inline-flex min-h-11 max-w-full items-center gap-1.5 rounded-full bg-brand-50 px-3 text-brand-800 hover:bg-brand-100"
                >
                  <span className="break-all">{f.label}</span>
                  <span aria-hidden>×</span>
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
        {total > exportLimit ? <p className="text-xs text-slate-600">{t("leads.export.limit", { limit: formatWan(exportLimit) })}</p> : null}
      </div>
      <LeadsTable
        rows={rows}
        state={{ ...params, total }}
        hiddenColumns={parseHiddenColumns(cookieStore.get(columnsCookie)?.value)}
        bulk={mayReassignAny(user) ? { owners: options.owners, memberships: options.memberships } : null}
        today={toIsoDate(new Date())}
        money={money}
      />
    </>
  );
}
