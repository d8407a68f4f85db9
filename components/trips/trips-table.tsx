"use client";
import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { DataTable, type ListState } from "@/components/data-table/data-table";
import { Badge } from "@/components/ui/badge";
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
            {row.original.leaderTitle ? <span className="ml-1 text-xs text-slate-500">{row.original.leaderTitle}</span> : null}
          </span>
        ),
      },
      {
        id: "startOn",
        header: t("trips.dates"),
        cell: ({ row }) => <span className="whitespace-nowrap">{formatDateRange(row.original.startOn, row.original.endOn, locale)}</span>,
      },
      { id: "destinations", header: t("trips.destinations"), cell: ({ row }) => row.original.destinations },
      { id: "region", header: t("trips.region"), cell: ({ row }) => t(`enum.region.${row.original.region}`) },
      {
        id: "status",
        header: t("trips.status"),
        cell: ({ row }) => (
          <Badge tone={row.original.status === "done" ? "gray" : row.original.status === "ongoing" ? "green" : "blue"}>
            {t(`enum.tripStatus.${row.original.status}`)}
          </Badge>
        ),
      },
      { id: "meetings", header: t("trips.meetings"), cell: ({ row }) => row.original.meetings },
    ],
    [t, locale],
  );
  return <DataTable columns={columns} rows={rows} state={state} sortable={["title", "startOn", "region", "status"]} caption={t("trips.title")} getRowId={(r) => String(r.id)} />;
}
