"use client";
import {
  type ColumnDef,
  flexRender,
  getCoreRowModel,
  type OnChangeFn,
  type RowSelectionState,
  useReactTable,
  type VisibilityState,
} from "@tanstack/react-table";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Select } from "@/components/form/field";
import { inputClass } from "@/components/form/styles";
import { ListCards, type CardSpec } from "./list-cards";
import { useListUrl } from "./use-list-url";

export type { CardSpec } from "./list-cards";

export type ListState = { page: number; pageSize: number; sort: string | null; dir: "asc" | "desc"; total: number };

type DataTableProps<Row> = {
  columns: ColumnDef<Row>[];
  rows: Row[];
  state: ListState;
  /** Column ids the server can sort by. */
  sortable?: readonly string[];
  caption: string;
  getRowId?: (row: Row) => string;
  /** Columns hidden by the person (optional). */
  columnVisibility?: VisibilityState;
  /** Selected rows by row id, for bulk actions (optional). */
  rowSelection?: RowSelectionState;
  onRowSelectionChange?: OnChangeFn<RowSelectionState>;
  canSelectRow?: (row: Row) => boolean;
  /** A totals row (合计) under the rows: its label in the first column, values by column id; `card`, the same said under the cards. */
  footer?: { label: string; cells: Record<string, React.ReactNode>; card?: React.ReactNode };
  /**
   * What a row's card shows on a phone: below md the rows are cards (the whole card a link to the
   * record) with a sort select above them; from md up, the table.
   */
  card: (row: Row) => CardSpec;
};

/**
 * A server-driven table: paging and sorting are done by the database and kept in the URL
 * (manualPagination / manualSorting); the browser only ever holds one page.
 */
export function DataTable<Row>({
  columns,
  rows,
  state,
  sortable = [],
  caption,
  getRowId,
  columnVisibility,
  rowSelection,
  onRowSelectionChange,
  canSelectRow,
  footer,
  card,
}: DataTableProps<Row>) {
  const t = useTranslations("table");
  const { hrefWith, isPending } = useListUrl();
  const pageCount = Math.max(1, Math.ceil(state.total / state.pageSize));

  const table = useReactTable({
    data: rows,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId,
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
    pageCount,
    enableRowSelection: canSelectRow ? (row) => canSelectRow(row.original) : Boolean(onRowSelectionChange),
    onRowSelectionChange,
    state: {
      pagination: { pageIndex: state.page - 1, pageSize: state.pageSize },
      sorting: state.sort ? [{ id: state.sort, desc: state.dir === "desc" }] : [],
      ...(columnVisibility ? { columnVisibility } : {}),
      ...(rowSelection ? { rowSelection } : {}),
    },
  });

  // The phone's sort: the columns the server sorts by, each way, named by their (text) headings.
  const sortChoices = columns.flatMap((column) => {
    const id = column.id;
    if (!id || !sortable.includes(id) || typeof column.header !== "string" || columnVisibility?.[id] === false) return [];
    return (["asc", "desc"] as const).map((dir) => ({ value: `${id}:${dir}`, label: `${column.header as string}（${t(dir === "asc" ? "sortAsc" : "sortDesc")}）` }));
  });

  return (
    <div className={isPending ? "opacity-60 transition-opacity" : undefined}>
      {sortChoices.length ? <SortSelect choices={sortChoices} value={state.sort ? `${state.sort}:${state.dir}` : ""} /> : null}
      <ListCards
        label={caption}
        empty={t("empty")}
        cards={rows.map((row, i) => ({ key: getRowId ? getRowId(row) : String(i), ...card(row) }))}
        footer={footer ? (footer.card ?? footer.label) : undefined}
      />
      {/* A focusable region, so a keyboard can scroll a table wider than the screen. */}
      <div role="region" aria-label={t("scrollRegion", { caption })} tabIndex={0} className="hidden overflow-x-auto rounded-lg border border-slate-200 bg-white md:block">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-50">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const id = header.column.id;
                  const canSort = sortable.includes(id);
                  const isSorted = state.sort === id;
                  const nextDir = isSorted && state.dir === "asc" ? "desc" : "asc";
                  const label = flexRender(header.column.columnDef.header, header.getContext());
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={isSorted ? (state.dir === "asc" ? "ascending" : "descending") : undefined}
                      className="whitespace-nowrap px-3 py-2.5 text-left font-medium text-slate-600"
                    >
                      {canSort ? (
                        <Link
                          href={hrefWith({ sort: id, dir: nextDir })}
                          scroll={false}
                          className="inline-flex items-center gap-1 hover:text-brand-700"
                        >
                          {label}
                          <span aria-hidden className="text-xs text-slate-400">
                            {isSorted ? (state.dir === "asc" ? "▲" : "▼") : "↕"}
                          </span>
                        </Link>
                      ) : (
                        label
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody className="divide-y divide-slate-100">
            {table.getRowModel().rows.length === 0 ? (
              <tr>
                <td colSpan={table.getVisibleLeafColumns().length} className="px-3 py-10 text-center text-slate-600">
                  {t("empty")}
                </td>
              </tr>
            ) : (
              table.getRowModel().rows.map((row) => (
                <tr key={row.id} aria-selected={rowSelection ? row.getIsSelected() : undefined} className="hover:bg-brand-50/40 aria-selected:bg-brand-50/60">
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id} className="px-3 py-2.5 align-top text-slate-800">
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
          {footer ? (
            <tfoot className="border-t-2 border-slate-300 bg-slate-50 font-medium">
              <tr>
                {table.getVisibleLeafColumns().map((column, i) => (
                  <td key={column.id} className="px-3 py-2.5 text-slate-900">
                    {footer.cells[column.id] ?? (i === 0 ? footer.label : null)}
                  </td>
                ))}
              </tr>
            </tfoot>
          ) : null}
        </table>
      </div>
      <nav aria-label={t("page", { page: state.page, pages: pageCount })} className="mt-3 flex flex-wrap items-center justify-between gap-x-3 gap-y-2 text-sm text-slate-700">
        <span>{t("total", { count: state.total })}</span>
        <span className="flex items-center gap-2">
          <PageLink disabled={state.page <= 1} href={hrefWith({ page: state.page - 1 }, false)}>
            {t("previous")}
          </PageLink>
          <span>{t("page", { page: state.page, pages: pageCount })}</span>
          <PageLink disabled={state.page >= pageCount} href={hrefWith({ page: state.page + 1 }, false)}>
            {t("next")}
          </PageLink>
        </span>
      </nav>
    </div>
  );
}

/** The sort of the phone, where the table's headings are not shown: one choice per column and way. */
function SortSelect({ choices, value }: { choices: { value: string; label: string }[]; value: string }) {
  const t = useTranslations("table");
  const { update } = useListUrl();
  return (
    <div className="mb-2 flex items-center gap-2 md:hidden">
      <label htmlFor="list-sort" className="shrink-0 text-sm text-slate-700">
        {t("sortBy")}
      </label>
      <Select
        id="list-sort"
        value={value}
        onChange={(event) => {
          const [sort, dir] = event.target.value.split(":");
          update({ sort: sort || null, dir: sort ? dir : null });
        }}
        placeholder={t("sortDefault")}
        options={choices}
        className={`${inputClass} min-w-0 flex-1`}
      />
    </div>
  );
}

function PageLink({ href, disabled, children }: { href: string; disabled: boolean; children: React.ReactNode }) {
  const className = "inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-3";
  if (disabled) {
    return (
      <span aria-disabled className={`${className} cursor-not-allowed opacity-40`}>
        {children}
      </span>
    );
  }
  return (
    <Link href={href} scroll={false} className={`${className} hover:border-brand-600 hover:text-brand-700`}>
      {children}
    </Link>
  );
}
