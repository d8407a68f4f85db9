"use client";
import type { ColumnDef } from "@tanstack/react-table";
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { DataTable, type ListState } from "@/components/data-table/data-table";
import { Badge } from "@/components/ui/badge";
import type { LeadSource, Stage } from "@/db/schema/enums";
import { toLocale } from "@/i18n/locales";
import { formatDate, formatYi } from "@/lib/format";
import { StageBadge } from "./stage-badge";

export type LeadRow = {
  id: number;
  name: string;
  companyName: string;
  groupName: string;
  ownerName: string;
  districtName: string | null;
  stage: Stage;
  source: LeadSource;
  plannedInvestment: number | null;
  signedInvestment: number | null;
  signedOn: string | null;
  lastActivityAt: Date;
  isStale: boolean;
};

export function LeadsTable({ rows, state }: { rows: LeadRow[]; state: ListState }) {
  const t = useTranslations();
  const locale = toLocale(useLocale());
  const columns = useMemo<ColumnDef<LeadRow>[]>(
    () => [
      {
        id: "name",
        header: t("leads.name"),
        cell: ({ row }) => (
          <div className="min-w-48">
            <div className="font-medium">{row.original.name}</div>
            <div className="text-xs text-slate-500">{row.original.companyName}</div>
          </div>
        ),
      },
      { id: "group", header: t("leads.group"), cell: ({ row }) => row.original.groupName },
      { id: "owner", header: t("leads.owner"), cell: ({ row }) => <span className="whitespace-nowrap">{row.original.ownerName}</span> },
      { id: "district", header: t("leads.district"), cell: ({ row }) => row.original.districtName ?? "—" },
      {
        id: "stage",
        header: t("leads.stage"),
        cell: ({ row }) => (
          <span className="flex flex-wrap gap-1">
            <StageBadge stage={row.original.stage} />
            {row.original.isStale ? <Badge tone="amber">{t("leads.stale")}</Badge> : null}
          </span>
        ),
      },
      { id: "source", header: t("leads.source"), cell: ({ row }) => <span className="whitespace-nowrap">{t(`enum.source.${row.original.source}`)}</span> },
      {
        id: "plannedInvestment",
        header: t("leads.plannedYi"),
        cell: ({ row }) => <span className="tabular-nums">{formatYi(row.original.plannedInvestment)}</span>,
      },
      {
        id: "signedOn",
        header: t("leads.signedOn"),
        cell: ({ row }) => <span className="whitespace-nowrap">{formatDate(row.original.signedOn, locale)}</span>,
      },
      {
        id: "lastActivityAt",
        header: t("leads.lastActivity"),
        cell: ({ row }) => <span className="whitespace-nowrap">{formatDate(new Date(row.original.lastActivityAt), locale)}</span>,
      },
    ],
    [t, locale],
  );
  return (
    <DataTable
      columns={columns}
      rows={rows}
      state={state}
      sortable={["name", "stage", "plannedInvestment", "signedOn", "lastActivityAt"]}
      caption={t("leads.title")}
      getRowId={(r) => String(r.id)}
    />
  );
}
