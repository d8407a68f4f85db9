import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { toLocale } from "@/i18n/locales";
import { formatDate } from "@/lib/format";
import { SearchBox } from "@/components/data-table/search-box";
import { PageHeader } from "@/components/layout/page-header";
import { TripFilters } from "@/components/trips/trip-filters";
import { TripsTable } from "@/components/trips/trips-table";
import { parseListParams, type SearchParams } from "@/lib/list-params";
import { listTrips, tripLeaderOptions, tripSortable } from "@/db/queries/trips";
import { parseTripFilters } from "@/lib/trip-filters";
import { writesTrips } from "@/lib/auth/policy";
import { requireArea } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("trips"))("title") };
}

export default async function TripsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireArea("trips");
  const sp = await searchParams;
  const params = parseListParams(sp, tripSortable);
  const filters = parseTripFilters(sp);
  const [t, locale, { rows, total }, leaders] = await Promise.all([
    getTranslations(),
    getLocale().then(toLocale),
    listTrips(params, filters),
    tripLeaderOptions(),
  ]);
  return (
    <>
      <PageHeader
        title={t("trips.title")}
        subtitle={t("trips.subtitle")}
        create={writesTrips(user) && { href: "/trips/new", label: `＋ ${t("trips.new")}` }}
      />
      <div className="mb-3 space-y-3">
        <SearchBox label={t("table.searchPlaceholder")} />
        <TripFilters leaders={leaders} />
        {filters.led || filters.startFrom || filters.startTo || filters.held ? (
          // The trips a figure counted (its link from the cockpit, the 答卷 or the 工作台).
          <p className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md bg-brand-50 px-3 py-2 text-sm text-slate-800">
            <span>
              {[
                filters.led ? t(`trips.counted.${filters.led}`) : null,
                filters.startFrom || filters.startTo
                  ? t("trips.counted.startBetween", {
                      from: filters.startFrom ? formatDate(filters.startFrom, locale) : "…",
                      to: filters.startTo ? formatDate(filters.startTo, locale) : "…",
                    })
                  : null,
                filters.held ? t("trips.counted.held") : null,
              ]
                .filter(Boolean)
                .join(" · ")}
            </span>
            <Link href="/trips" className="inline-flex min-h-11 items-center font-medium text-brand-700 hover:underline">
              {t("trips.counted.clear")}
            </Link>
          </p>
        ) : null}
      </div>
      <TripsTable rows={rows} state={{ ...params, total }} />
    </>
  );
}
