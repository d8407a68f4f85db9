"use client";
import type { ColumnDef, RowSelectionState } from "@tanstack/react-table";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { DataTable, type CardSpec, type ListState } from "@/components/data-table/data-table";
import { Badge } from "@/components/ui/badge";
import type { LeadSource, Stage } from "@/lib/domain/enums";
import { toLocale } from "@/i18n/locales";
import { formatDate, formatMoney, formatMoneyFigure, moneyHeading } from "@/lib/format";
import { BulkReassign, type Membership } from "./bulk-reassign";
import { ColumnPicker } from "./column-picker";
import { hideableColumns, type HideableColumn } from "./columns";
import { StageBadge } from "./stage-badge";
import { OpenTaskTag } from "@/components/tasks/open-task-tag";
import type { LeadOpenTask } from "@/db/queries/tasks";
import { leadSortKeys } from "@/lib/lead-sort";

export type LeadRow = {
  id: number;
  name: string;
  companyName: string;
  taskGroupId: number;
  groupName: string;
  ownerId: number;
  ownerName: string;
  districtName: string | null;
  industryName: string | null;
  stage: Stage;
  source: LeadSource;
  plannedInvestment: number | null;
  signedInvestment: number | null;
  signedOn: string | null;
  lastActivityAt: Date;
  nextFollowUpOn: string | null;
  version: number;
  isStale: boolean;
  canReassign: boolean;
  /** The lead's open task due first. */
  openTask: LeadOpenTask | null;
  /** The amount the view sums (a money figure's drill-down), in 万元; null when it sums none. */
  amount: number | null;
};

/** The amount a money figure's drill-down sums, and its 合计 over the whole view (万元). */
export type ViewMoney = { kind: "signed" | "fixedAsset" | "fundsInPlace"; total: number };

export function LeadsTable({
  rows,
  state,
  hiddenColumns,
  bulk,
  today,
  money = null,
}: {
  rows: LeadRow[];
  state: ListState;
  /** Columns the person hid last time (from a cookie, so the first render is already right). */
  hiddenColumns: HideableColumn[];
  /** Present when the viewer may reassign leads: the people to choose from. */
  bulk: { owners: { id: number; name: string }[]; memberships: Membership[] } | null;
  today: string;
  money?: ViewMoney | null;
}) {
  const t = useTranslations();
  const locale = toLocale(useLocale());
  const [hidden, setHidden] = useState<HideableColumn[]>(hiddenColumns);
  const [selection, setSelection] = useState<RowSelectionState>({});
  // A new page of rows (paging, filtering) starts with nothing selected.
  const [rowsSeen, setRowsSeen] = useState(rows);
  if (rowsSeen !== rows) {
    setRowsSeen(rows);
    setSelection({});
  }
  const selectable = bulk !== null && rows.some((r) => r.canReassign);
  const columns = useMemo<ColumnDef<LeadRow>[]>(() => {
    /** An amount under a heading that names its unit (亿元 / CNY). */
    const figure = (wan: number | null) => (wan === null ? "—" : formatMoneyFigure(wan, locale));
    const list: ColumnDef<LeadRow>[] = [
      {
        id: "name",
        header: t("leads.name"),
        cell: ({ row }) => (
          <div className="min-w-48">
            <Link href={`/leads/${row.original.id}`} className="font-medium text-brand-700 hover:underline">
              {row.original.name}
            </Link>
            <div className="text-xs text-slate-600">{row.original.companyName}</div>
            {row.original.openTask ? <OpenTaskTag task={row.original.openTask} className="mt-0.5" /> : null}
          </div>
        ),
      },
      { id: "group", header: t("leads.group"), cell: ({ row }) => <span className="whitespace-nowrap">{row.original.groupName}</span> },
      { id: "owner", header: t("leads.owner"), cell: ({ row }) => <span className="whitespace-nowrap">{row.original.ownerName}</span> },
      { id: "district", header: t("leads.district"), cell: ({ row }) => <span className="whitespace-nowrap">{row.original.districtName ?? "—"}</span> },
      { id: "industry", header: t("leads.industry"), cell: ({ row }) => <span className="whitespace-nowrap">{row.original.industryName ?? "—"}</span> },
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
        header: t("leads.moneyHeading", { label: t("leads.planned"), unit: moneyHeading(locale) }),
        cell: ({ row }) => <span className="whitespace-nowrap tabular-nums">{figure(row.original.plannedInvestment)}</span>,
      },
      {
        id: "signedInvestment",
        header: t("leads.moneyHeading", { label: t("leads.signed"), unit: moneyHeading(locale) }),
        cell: ({ row }) => <span className="whitespace-nowrap tabular-nums">{figure(row.original.signedInvestment)}</span>,
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
      {
        id: "nextFollowUpOn",
        header: t("leads.nextFollowUp"),
        cell: ({ row }) => {
          const next = row.original.nextFollowUpOn;
          const overdue = next !== null && next < today && row.original.stage !== "dropped";
          return <span className={`whitespace-nowrap ${overdue ? "font-medium text-red-700" : ""}`}>{formatDate(next, locale)}</span>;
        },
      },
    ];
    // The period's fixed-asset investment or funds in place of each lead, beside the signed amount.
    if (money && money.kind !== "signed") {
      const at = list.findIndex((c) => c.id === "signedOn");
      list.splice(at, 0, {
        id: "amount",
        header: t("leads.moneyHeading", { label: t(`leads.money.${money.kind}Name`), unit: moneyHeading(locale) }),
        cell: ({ row }) => <span className="whitespace-nowrap tabular-nums">{figure(row.original.amount)}</span>,
      });
    }
    if (!selectable) return list;
    return [
      {
        id: "select",
        header: ({ table }) => (
          <input
            type="checkbox"
            aria-label={t("leads.bulk.selectPage")}
            checked={table.getIsAllPageRowsSelected()}
            ref={(el) => {
              if (el) el.indeterminate = table.getIsSomePageRowsSelected();
            }}
            onChange={table.getToggleAllPageRowsSelectedHandler()}
            className="h-4 w-4 rounded border-slate-300"
          />
        ),
        cell: ({ row }) => (
          <input
            type="checkbox"
            aria-label={t("leads.bulk.selectRow", { name: row.original.name })}
            checked={row.getIsSelected()}
            disabled={!row.getCanSelect()}
            onChange={row.getToggleSelectedHandler()}
            className="h-4 w-4 rounded border-slate-300 disabled:opacity-30"
          />
        ),
      },
      ...list,
    ];
  }, [t, locale, selectable, today, money]);

  // The summed column is shown whatever the person hid.
  const visibility = Object.fromEntries(hideableColumns.map((c) => [c, !hidden.includes(c) || (money?.kind === "signed" && c === "signedInvestment")]));
  const footer = money
    ? {
        label: t("leads.money.total", { count: state.total }),
        cells: {
          [money.kind === "signed" ? "signedInvestment" : "amount"]: (
            <span className="tabular-nums" data-testid="money-total">
              {formatMoneyFigure(money.total, locale)}
            </span>
          ),
        },
        card: `${t("formKit.label", { label: t("leads.money.total", { count: state.total }) })}${formatMoney(money.total, locale)}`,
      }
    : undefined;
  const card = (row: LeadRow): CardSpec => {
    const next = row.nextFollowUpOn;
    const overdue = next !== null && next < today && row.stage !== "dropped";
    // The amount that matters: the period's figure of a money drill-down, else signed, else planned.
    const amount =
      money && money.kind !== "signed"
        ? row.amount !== null
          ? `${t(`leads.money.${money.kind}Name`)} ${formatMoney(row.amount, locale)}`
          : null
        : row.signedInvestment !== null
          ? t("leads.card.signed", { amount: formatMoney(row.signedInvestment, locale) })
          : row.plannedInvestment !== null
            ? t("leads.card.planned", { amount: formatMoney(row.plannedInvestment, locale) })
            : null;
    return {
      href: `/leads/${row.id}`,
      title: row.name,
      subtitle: row.companyName,
      note: row.openTask ? <OpenTaskTag task={row.openTask} /> : undefined,
      badge: (
        <>
          <StageBadge stage={row.stage} />
          {row.isStale ? <Badge tone="amber">{t("leads.stale")}</Badge> : null}
        </>
      ),
      facts: [
        amount,
        row.ownerName,
        overdue ? (
          <span className="font-medium text-red-700">{t("leads.card.nextFollowUp", { date: formatDate(next, locale) })}</span>
        ) : (
          t("leads.card.lastActivity", { date: formatDate(new Date(row.lastActivityAt), locale) })
        ),
      ],
    };
  };
  const selectedRows = rows.filter((r) => selection[String(r.id)]);
  return (
    <>
      <div className="mb-2 hidden flex-wrap items-center justify-end gap-2 md:flex">
        <ColumnPicker hidden={hidden} onChange={setHidden} />
      </div>
      {bulk && selectedRows.length > 0 ? (
        <BulkReassign selected={selectedRows} owners={bulk.owners} memberships={bulk.memberships} onDone={() => setSelection({})} />
      ) : null}
      <DataTable
        columns={columns}
        rows={rows}
        state={state}
        sortable={leadSortKeys}
        caption={t("leads.title")}
        getRowId={(r) => String(r.id)}
        columnVisibility={visibility}
        rowSelection={selectable ? selection : undefined}
        onRowSelectionChange={selectable ? setSelection : undefined}
        canSelectRow={selectable ? (r) => r.canReassign : undefined}
        footer={footer}
        card={card}
      />
    </>
  );
}
