import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
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
  const [t, { rows, total }, leaders] = await Promise.all([getTranslations(), listTrips(params, filters), tripLeaderOptions()]);
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
      </div>
      <TripsTable rows={rows} state={{ ...params, total }} />
    </>
  );
}
