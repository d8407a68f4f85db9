"use client";
import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { DataTable, type CardSpec, type ListState } from "@/components/data-table/data-table";
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
  servesLeaderName: string | null;
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
      { id: "title", header: t("admin.title_"), cell: ({ row }) => <span className="block min-w-20">{row.original.title ?? "—"}</span> },
      { id: "role", header: t("admin.role"), cell: ({ row }) => <span className="whitespace-nowrap">{t(`enum.role.${row.original.role}`)}</span> },
      { id: "groups", header: t("admin.groups"), cell: ({ row }) => <span className="block min-w-32">{row.original.groups.join("、") || "—"}</span> },
      { id: "servesLeader", header: t("admin.servesLeader"), cell: ({ row }) => <span className="whitespace-nowrap">{row.original.servesLeaderName ?? "—"}</span> },
      {
        id: "status",
        header: t("admin.status"),
        cell: ({ row }) => <StatusBadge isActive={row.original.isActive} />,
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
        header: t("actions.column"),
        cell: ({ row }) => (
          <UserActiveToggle userId={row.original.id} name={row.original.name} isActive={row.original.isActive} isSelf={row.original.id === viewerId} />
        ),
      },
    ],
    [t, locale, viewerId],
  );
  const card = (row: UserRow): CardSpec => ({
    href: `/admin/users/${row.id}`,
    title: (
      <>
        {row.name}
        <span className="ml-2 font-mono text-xs font-normal text-slate-700">{row.username}</span>
      </>
    ),
    badge: <StatusBadge isActive={row.isActive} />,
    subtitle: [t(`enum.role.${row.role}`), row.title].filter(Boolean).join(" · "),
    facts: [
      row.groups.join("、") || null,
      row.servesLeaderName ? `${t("formKit.label", { label: t("admin.servesLeader") })}${row.servesLeaderName}` : null,
      `${t("formKit.label", { label: t("admin.lastLogin") })}${row.lastLoginAt ? formatDateTime(new Date(row.lastLoginAt), locale) : "—"}`,
    ],
    actions: row.id === viewerId ? undefined : <UserActiveToggle userId={row.id} name={row.name} isActive={row.isActive} isSelf={false} />,
  });
  return (
    <DataTable
      columns={columns}
      rows={rows}
      state={state}
      sortable={["username", "name", "role", "lastLoginAt"]}
      caption={t("admin.users")}
      getRowId={(r) => String(r.id)}
      card={card}
    />
  );
}

function StatusBadge({ isActive }: { isActive: boolean }) {
  const t = useTranslations("admin");
  return <Badge tone={isActive ? "green" : "gray"}>{t(isActive ? "active" : "inactive")}</Badge>;
}
