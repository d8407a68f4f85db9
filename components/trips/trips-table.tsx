"use client";
import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { DataTable, type CardSpec, type ListState } from "@/components/data-table/data-table";
import { TripStatusBadge } from "./trip-status-badge";
import type { RegionGroup, TripStatus } from "@/lib/domain/enums";
import { toLocale } from "@/i18n/locales";
import { formatDateRange } from "@/lib/format";

export type TripRow = {
  id: number;
  title: string;
  leaderName: string;
  leaderTitle: string | null;
  startOn: string;
  endOn: string;
  destinations: string;
  region: RegionGroup;
  status: TripStatus;
  meetings: number;
};

export function TripsTable({ rows, state }: { rows: TripRow[]; state: ListState }) {
  const t = useTranslations();
  const locale = toLocale(useLocale());
  const columns = useMemo<ColumnDef<TripRow>[]>(
    () => [
      {
        id: "title",
        header: t("trips.name"),
        cell: ({ row }) => (
          <Link href={`/trips/${row.original.id}`} className="block min-w-56 font-medium text-brand-700 hover:underline">
            {row.original.title}
          </Link>
        ),
      },
      {
        id: "leader",
        header: t("trips.leader"),
        cell: ({ row }) => (
          <span className="whitespace-nowrap">
            {row.original.leaderName}
            {row.original.leaderTitle ? <span className="ml-1 text-xs text-slate-600">{row.original.leaderTitle}</span> : null}
          </span>
        ),
      },
      {
        id: "startOn",
        header: t("trips.dates"),
        cell: ({ row }) => <span className="whitespace-nowrap">{formatDateRange(row.original.startOn, row.original.endOn, locale)}</span>,
      },
      { id: "destinations", header: t("trips.destinations"), cell: ({ row }) => <span className="block min-w-24">{row.original.destinations}</span> },
      { id: "region", header: t("trips.region"), cell: ({ row }) => <span className="whitespace-nowrap">{t(`enum.region.${row.original.region}`)}</span> },
      {
        id: "status",
        header: t("trips.status"),
        cell: ({ row }) => <TripStatusBadge status={row.original.status} />,
      },
      { id: "meetings", header: t("trips.meetings"), cell: ({ row }) => <span className="tabular-nums">{row.original.meetings}</span> },
    ],
    [t, locale],
  );
  const card = (row: TripRow): CardSpec => ({
    href: `/trips/${row.id}`,
    title: row.title,
    badge: <TripStatusBadge status={row.status} />,
    subtitle: row.leaderTitle ? `${row.leaderName}（${row.leaderTitle}）` : row.leaderName,
    facts: [formatDateRange(row.startOn, row.endOn, locale), row.destinations, t("trips.list.meetingCount", { count: row.meetings })],
  });
  return (
    <DataTable
      columns={columns}
      rows={rows}
      state={state}
      sortable={["title", "startOn", "region", "status"]}
      caption={t("trips.title")}
      getRowId={(r) => String(r.id)}
      card={card}
    />
  );
}

