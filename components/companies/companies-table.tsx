"use client";
import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { DataTable, type CardSpec, type ListState } from "@/components/data-table/data-table";

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

const place = (row: CompanyRow) => [row.province, row.city].filter(Boolean).join(" ");

export function CompaniesTable({ rows, state }: { rows: CompanyRow[]; state: ListState }) {
  const t = useTranslations("companies");
  const columns = useMemo<ColumnDef<CompanyRow>[]>(
    () => [
      {
        id: "name",
        header: t("name"),
        cell: ({ row }) => (
          <Link href={`/companies/${row.original.id}`} className="block min-w-48 font-medium text-brand-700 hover:underline">
            {row.original.name}
          </Link>
        ),
      },
      { id: "creditCode", header: t("creditCode"), cell: ({ row }) => <span className="whitespace-nowrap font-mono text-xs">{row.original.creditCode ?? "—"}</span> },
      { id: "city", header: t("city"), cell: ({ row }) => <span className="whitespace-nowrap">{place(row.original) || "—"}</span> },
      { id: "industry", header: t("industry"), cell: ({ row }) => <span className="whitespace-nowrap">{row.original.industry ?? "—"}</span> },
      { id: "contacts", header: t("contacts"), cell: ({ row }) => <span className="tabular-nums">{row.original.contacts}</span> },
      { id: "leads", header: t("leads"), cell: ({ row }) => <span className="tabular-nums">{row.original.leads}</span> },
    ],
    [t],
  );
  const card = (row: CompanyRow): CardSpec => ({
    href: `/companies/${row.id}`,
    title: row.name,
    subtitle: [place(row), row.industry].filter(Boolean).join(" · ") || undefined,
    facts: [t("list.contactCount", { count: row.contacts }), t("list.leadCount", { count: row.leads })],
  });
  return <DataTable columns={columns} rows={rows} state={state} sortable={["name", "city"]} caption={t("title")} getRowId={(r) => String(r.id)} card={card} />;
}
