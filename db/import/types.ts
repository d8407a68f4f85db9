import type { Executor } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { HeaderMap } from "@/lib/import/columns";
import type { TableRow } from "@/lib/import/read-table";

/** One problem of an import file, for the per-row, per-column report (in Chinese). */
export type ImportProblem = { line: number; column: string; message: string };

export type Prepared<Item> = { items: Item[]; problems: ImportProblem[] };

/** An import kind: check every row first (resolving names against the database), then write. */
export type Importer<Item> = {
  prepare: (executor: Executor, user: CurrentUser, rows: TableRow[], map: HeaderMap, today: string) => Promise<Prepared<Item>>;
  apply: (tx: Executor, user: CurrentUser, items: Item[], onRow: () => void) => Promise<void>;
};

/** The text of a column in a row ("" when the column is absent). */
export const cell = (row: TableRow, map: HeaderMap, key: string) => (key in map ? (row.cells[map[key]] ?? "").trim() : "");
