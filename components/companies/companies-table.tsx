"use client";
import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { DataTable, type ListState } from "@/components/data-table/data-table";

export type CompanyRow = {
  id: number;
  name: string;
  creditCode: string | null;
  province: string | null;
  city: string | null;
  industry: string | null;
  contacts: number;
  leads: number;
};

export function CompaniesTable({ rows, state }: { rows: CompanyRow[]; state: ListState }) {
  const t = useTranslations("companies");
  const columns = useMemo<ColumnDef<CompanyRow>[]>(
    () => [
      {
        id: "name",
        header: t("name"),
        cell: ({ row }) => (
          <Link href={`/companies/${row.original.id}`} className="font-medium text-brand-700 hover:underline">
            {row.original.name}
          </Link>
        ),
      },
      { id: "creditCode", header: t("creditCode"), cell: ({ row }) => <span className="font-mono text-xs">{row.original.creditCode ?? "—"}</span> },
      {
        id: "city",
        header: t("city"),
        cell: ({ row }) => [row.original.province, row.original.city].filter(Boolean).join(" ") || "—",
      },
      { id: "industry", header: t("industry"), cell: ({ row }) => row.original.industry ?? "—" },
      { id: "contacts", header: t("contacts"), cell: ({ row }) => row.original.contacts },
      { id: "leads", header: t("leads"), cell: ({ row }) => row.original.leads },
    ],
    [t],
  );
  return <DataTable columns={columns} rows={rows} state={state} sortable={["name", "city"]} caption={t("title")} getRowId={(r) => String(r.id)} />;
}
