"use client";
import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { DataTable, type ListState } from "@/components/data-table/data-table";
import { Badge } from "@/components/ui/badge";
import type { Role } from "@/db/schema/enums";
import { toLocale } from "@/i18n/locales";
import { formatDateTime } from "@/lib/format";
import { UserActiveToggle } from "./user-active-toggle";

export type UserRow = {
  id: number;
  username: string;
  name: string;
  title: string | null;
  role: Role;
  isActive: boolean;
  lastLoginAt: Date | null;
  groups: string[];
};

export function UsersTable({ rows, state, viewerId }: { rows: UserRow[]; state: ListState; viewerId: number }) {
  const t = useTranslations();
  const locale = toLocale(useLocale());
  const columns = useMemo<ColumnDef<UserRow>[]>(
    () => [
      { id: "username", header: t("admin.username"), cell: ({ row }) => <span className="font-mono text-xs">{row.original.username}</span> },
      {
        id: "name",
        header: t("admin.name"),
        cell: ({ row }) => (
          <Link href={`/admin/users/${row.original.id}`} className="whitespace-nowrap font-medium text-brand-700 hover:underline">
            {row.original.name}
          </Link>
        ),
      },
      { id: "title", header: t("admin.title_"), cell: ({ row }) => row.original.title ?? "—" },
      { id: "role", header: t("admin.role"), cell: ({ row }) => <span className="whitespace-nowrap">{t(`enum.role.${row.original.role}`)}</span> },
      { id: "groups", header: t("admin.groups"), cell: ({ row }) => row.original.groups.join("、") || "—" },
      {
        id: "status",
        header: t("admin.status"),
        cell: ({ row }) => <Badge tone={row.original.isActive ? "green" : "gray"}>{t(row.original.isActive ? "admin.active" : "admin.inactive")}</Badge>,
      },
      {
        id: "lastLoginAt",
        header: t("admin.lastLogin"),
        cell: ({ row }) => (
          <span className="whitespace-nowrap">{row.original.lastLoginAt ? formatDateTime(new Date(row.original.lastLoginAt), locale) : "—"}</span>
        ),
      },
      {
        id: "actions",
        header: "",
        cell: ({ row }) => (
          <UserActiveToggle userId={row.original.id} name={row.original.name} isActive={row.original.isActive} isSelf={row.original.id === viewerId} />
        ),
      },
    ],
    [t, locale, viewerId],
  );
  return <DataTable columns={columns} rows={rows} state={state} sortable={["username", "name", "role", "lastLoginAt"]} caption={t("admin.users")} getRowId={(r) => String(r.id)} />;
}
