"use client";
import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { DataTable, type CardSpec, type ListState } from "@/components/data-table/data-table";
import { Badge } from "@/components/ui/badge";
import type { MeetingKind } from "@/lib/domain/enums";
import { toLocale, type Locale } from "@/i18n/locales";
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
  /** The trip's leader (带队领导), or else a city leader who attended (会见领导). */
  leaderName: string | null;
  nextStepDueOn: string | null;
  nextStepOwnerName: string | null;
  /** The next step is past due and not done. */
  overdue: boolean;
};

type T = ReturnType<typeof useTranslations>;

const heldOnText = (row: MeetingRow, locale: Locale) => `${formatDate(row.heldOn, locale)}${row.startsAt ? ` ${row.startsAt}` : ""}`;

/** Whose next step it is and by when: "王磊 · 12月5日前". */
const nextStepText = (row: MeetingRow, t: T, locale: Locale) =>
  [row.nextStepOwnerName, row.nextStepDueOn ? t("meetings.list.dueOn", { date: formatDate(row.nextStepDueOn, locale) }) : null].filter(Boolean).join(" · ");

export function MeetingsTable({ rows, state }: { rows: MeetingRow[]; state: ListState }) {
  const t = useTranslations();
  const locale = toLocale(useLocale());
  const heldOn = (row: MeetingRow) => heldOnText(row, locale);
  const nextStep = (row: MeetingRow) => nextStepText(row, t, locale);
  const columns = useMemo<ColumnDef<MeetingRow>[]>(
    () => [
      { id: "heldOn", header: t("meetings.heldOn"), cell: ({ row }) => <span className="whitespace-nowrap">{heldOnText(row.original, locale)}</span> },
      {
        id: "company",
        header: t("meetings.company"),
        cell: ({ row }) => (
          <div className="min-w-44 max-w-64">
            <Link href={`/meetings/${row.original.id}`} className="font-medium text-brand-700 hover:underline">
              {row.original.companyName}
            </Link>
            {row.original.place ? <div className="line-clamp-1 text-xs text-slate-600" title={row.original.place}>{row.original.place}</div> : null}
          </div>
        ),
      },
      { id: "kind", header: t("meetings.kind"), cell: ({ row }) => <span className="whitespace-nowrap">{t(`enum.meetingKind.${row.original.kind}`)}</span> },
      { id: "leader", header: t("meetings.list.leader"), cell: ({ row }) => <span className="whitespace-nowrap">{row.original.leaderName ?? "—"}</span> },
      {
        id: "trip",
        header: t("meetings.trip"),
        cell: ({ row }) =>
          row.original.tripId ? (
            <Link href={`/trips/${row.original.tripId}`} className="block min-w-32 hover:text-brand-700 hover:underline">
              {row.original.tripTitle}
            </Link>
          ) : (
            <span className="whitespace-nowrap">{t("meetings.noTrip")}</span>
          ),
      },
      {
        id: "nextStepDueOn",
        header: t("meetings.list.nextStep"),
        cell: ({ row }) =>
          row.original.nextStepDueOn || row.original.nextStepOwnerName ? (
            <span className="flex flex-col items-start gap-0.5 whitespace-nowrap">
              {row.original.nextStepOwnerName ? <span>{row.original.nextStepOwnerName}</span> : null}
              {row.original.nextStepDueOn ? (
                <span className={row.original.overdue ? "font-medium text-red-700" : undefined}>
                  {t("meetings.list.dueOn", { date: formatDate(row.original.nextStepDueOn, locale) })}
                  {row.original.overdue ? <span className="ml-1.5"><Badge tone="red">{t("meetings.list.overdue")}</Badge></span> : null}
                </span>
              ) : null}
            </span>
          ) : (
            "—"
          ),
      },
      {
        id: "summary",
        header: t("meetings.summary"),
        cell: ({ row }) => <span className="line-clamp-2 min-w-56 max-w-md text-slate-600">{row.original.summary ?? "—"}</span>,
      },
    ],
    [t, locale],
  );
  const card = (row: MeetingRow): CardSpec => ({
    href: `/meetings/${row.id}`,
    title: row.companyName,
    badge: (
      <>
        <Badge tone="blue">{t(`enum.meetingKind.${row.kind}`)}</Badge>
        {row.overdue ? <Badge tone="red">{t("meetings.list.overdue")}</Badge> : null}
      </>
    ),
    subtitle: row.tripTitle ?? t("meetings.noTrip"),
    facts: [heldOn(row), row.leaderName, row.nextStepDueOn || row.nextStepOwnerName ? `${t("formKit.label", { label: t("meetings.list.nextStep") })}${nextStep(row)}` : null],
  });
  return (
    <DataTable
      columns={columns}
      rows={rows}
      state={state}
      sortable={["heldOn", "company", "kind", "nextStepDueOn"]}
      caption={t("meetings.title")}
      getRowId={(r) => String(r.id)}
      card={card}
    />
  );
}
