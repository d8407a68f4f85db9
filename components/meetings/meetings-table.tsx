"use client";
import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { DataTable, type ListState } from "@/components/data-table/data-table";
import type { MeetingKind } from "@/lib/domain/enums";
import { toLocale } from "@/i18n/locales";
import { formatDate } from "@/lib/format";

export type MeetingRow = {
  id: number;
  heldOn: string;
  startsAt: string | null;
  kind: MeetingKind;
  place: string | null;
  summary: string | null;
  companyName: string;
  tripId: number | null;
  tripTitle: string | null;
};

export function MeetingsTable({ rows, state }: { rows: MeetingRow[]; state: ListState }) {
  const t = useTranslations();
  const locale = toLocale(useLocale());
  const columns = useMemo<ColumnDef<MeetingRow>[]>(
    () => [
      {
        id: "heldOn",
        header: t("meetings.heldOn"),
        cell: ({ row }) => (
          <span className="whitespace-nowrap">
            {formatDate(row.original.heldOn, locale)} {row.original.startsAt ?? ""}
          </span>
        ),
      },
      {
        id: "company",
        header: t("meetings.company"),
        cell: ({ row }) => (
          <Link href={`/meetings/${row.original.id}`} className="block min-w-40 font-medium text-brand-700 hover:underline">
            {row.original.companyName}
          </Link>
        ),
      },
      { id: "kind", header: t("meetings.kind"), cell: ({ row }) => t(`enum.meetingKind.${row.original.kind}`) },
      { id: "place", header: t("meetings.place"), cell: ({ row }) => row.original.place ?? "—" },
      {
        id: "trip",
        header: t("meetings.trip"),
        cell: ({ row }) =>
          row.original.tripId ? (
            <Link href={`/trips/${row.original.tripId}`} className="hover:text-brand-700 hover:underline">
              {row.original.tripTitle}
            </Link>
          ) : (
            t("meetings.noTrip")
          ),
      },
      {
        id: "summary",
        header: t("meetings.summary"),
        cell: ({ row }) => <span className="line-clamp-2 max-w-md text-slate-600">{row.original.summary ?? "—"}</span>,
      },
    ],
    [t, locale],
  );
  return <DataTable columns={columns} rows={rows} state={state} sortable={["heldOn", "company", "kind"]} caption={t("meetings.title")} getRowId={(r) => String(r.id)} />;
}
