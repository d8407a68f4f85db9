import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SearchBox } from "@/components/data-table/search-box";
import { PageHeader } from "@/components/layout/page-header";
import { MeetingsTable } from "@/components/meetings/meetings-table";
import { parseListParams, type SearchParams } from "@/lib/list-params";
import { listMeetings, meetingSortable } from "@/db/queries/meetings";
import { writesTrips } from "@/lib/auth/policy";
import { requireArea } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meetings"))("title") };
}

export default async function MeetingsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireArea("meetings");
  const [t, params] = await Promise.all([getTranslations(), searchParams.then((sp) => parseListParams(sp, meetingSortable))]);
  const { rows, total } = await listMeetings(params);
  return (
    <>
      <PageHeader
        title={t("meetings.title")}
        subtitle={t("meetings.subtitle")}
        create={writesTrips(user) && { href: "/meetings/new", label: `＋ ${t("meetings.new")}` }}
      />
      <div className="mb-3">
        <SearchBox label={t("table.searchPlaceholder")} />
      </div>
      <MeetingsTable rows={rows} state={{ ...params, total }} />
    </>
  );
}
