import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SearchBox } from "@/components/data-table/search-box";
import { PageHeader } from "@/components/layout/page-header";
import { TripsTable } from "@/components/trips/trips-table";
import { parseListParams, type SearchParams } from "@/db/queries/list-params";
import { listTrips, tripSortable } from "@/db/queries/trips";
import { requireArea } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("trips"))("title") };
}

export default async function TripsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireArea("trips");
  const [t, params] = await Promise.all([getTranslations(), searchParams.then((sp) => parseListParams(sp, tripSortable))]);
  const { rows, total } = await listTrips(user, params);
  return (
    <>
      <PageHeader title={t("trips.title")} subtitle={t("trips.subtitle")} />
      <div className="mb-3">
        <SearchBox label={t("table.searchPlaceholder")} />
      </div>
      <TripsTable rows={rows} state={{ ...params, total }} />
    </>
  );
}
