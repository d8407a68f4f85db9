import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SearchBox } from "@/components/data-table/search-box";
import { PageHeader } from "@/components/layout/page-header";
import { MeetingFilters } from "@/components/meetings/meeting-filters";
import { MeetingsTable } from "@/components/meetings/meetings-table";
import { toLocale } from "@/i18n/locales";
import { parseListParams, type SearchParams } from "@/lib/list-params";
import { listMeetings, meetingFilterOptions, meetingSortable } from "@/db/queries/meetings";
import { tripLeaderOptions } from "@/db/queries/trips";
import { writesTrips } from "@/lib/auth/policy";
import { requireArea } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { parseMeetingFilters } from "@/lib/meeting-filters";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meetings"))("title") };
}

export default async function MeetingsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireArea("meetings");
  const sp = await searchParams;
  const params = parseListParams(sp, meetingSortable);
  const filters = parseMeetingFilters(sp);
  const [t, locale, { rows, total }, options, leaders] = await Promise.all([
    getTranslations(),
    getLocale().then(toLocale),
    listMeetings(user, params, filters),
    meetingFilterOptions(),
    tripLeaderOptions(),
  ]);
  // The list without one filter (a chip's ×): every other parameter kept, back to the first page.
  const hrefWithout = (...keys: string[]) => {
    const next = new URLSearchParams();
    for (const [key, value] of Object.entries(sp)) if (typeof value === "string" && key !== "page" && !keys.includes(key)) next.set(key, value);
    const query = next.toString();
    return query ? `/meetings?${query}` : "/meetings";
  };
  const nameOf = (list: { id: number; name?: string; title?: string | null }[], id: number) => {
    const found = list.find((o) => o.id === id);
    return (found && ("name" in found ? found.name : found.title)) || String(id);
  };
  const chips = [
    filters.tripId !== null ? { key: "trip", label: t("meetings.filters.chipTrip", { name: nameOf(options.trips, filters.tripId) }), href: hrefWithout("trip") } : null,
    filters.leaderId !== null ? { key: "leader", label: t("meetings.filters.chipLeader", { name: nameOf(leaders, filters.leaderId) }), href: hrefWithout("leader") } : null,
    filters.from || filters.to
      ? {
          key: "dates",
          label: t("meetings.filters.chipDates", { from: filters.from ? formatDate(filters.from, locale) : "…", to: filters.to ? formatDate(filters.to, locale) : "…" }),
          href: hrefWithout("from", "to"),
        }
      : null,
    filters.ownerId !== null ? { key: "owner", label: t("meetings.filters.chipOwner", { name: nameOf(options.owners, filters.ownerId) }), href: hrefWithout("owner") } : null,
    filters.overdue ? { key: "overdue", label: t("meetings.filters.chipOverdue"), href: hrefWithout("overdue") } : null,
  ].filter((chip) => chip !== null);
  return (
    <>
      <PageHeader
        title={t("meetings.title")}
        subtitle={t("meetings.subtitle")}
        create={writesTrips(user) && { href: "/meetings/new", label: `＋ ${t("meetings.new")}` }}
      />
      <div className="mb-3 space-y-3">
        <SearchBox label={t("table.searchPlaceholder")} />
        <MeetingFilters options={{ trips: options.trips, leaders, owners: options.owners }} />
        {chips.length > 0 ? (
          <ul aria-label={t("meetings.filters.active")} className="flex flex-wrap items-center gap-2 text-sm">
            {chips.map((chip) => (
              <li key={chip.key}>
                <Link
                  href={chip.href}
                  aria-label={t("meetings.filters.clear", { label: chip.label })}
                  className="inline-flex min-h-11 max-w-full items-center gap-1.5 rounded-full bg-brand-50 px-3 text-brand-800 hover:bg-brand-100"
                >
                  <span className="break-all">{chip.label}</span>
                  <span aria-hidden>×</span>
                </Link>
              </li>
            ))}
            <li>
              <Link href={hrefWithout("trip", "leader", "from", "to", "owner", "overdue")} className="inline-flex min-h-11 items-center px-1 font-medium text-brand-700 hover:underline">
                {t("meetings.filters.clearAll")}
              </Link>
            </li>
          </ul>
        ) : null}
      </div>
      <MeetingsTable rows={rows} state={{ ...params, total }} />
    </>
  );
}
