import type { Executor, Transaction } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { HeaderMap } from "@/lib/import/columns";
import type { TableRow } from "@/lib/import/read-table";

/** One problem of an import file, for the per-row, per-column report (in Chinese). */
export type ImportProblem = { line: number; column: string; message: string };

/** What a leads file does, told before the import (the check) and after it. */
export type ImportSummary = {
  /** Leads the file creates. */
  created: number;
  /** Existing leads (by 外部编号) the file changes. */
  updated: number;
  /** Existing leads the file names that are already as it says. */
  unchanged: number;
  /** Companies of the new leads found in the directory, and created. */
  companiesMatched: number;
  companiesCreated: number;
};

export type Prepared<Plan> = { plan: Plan; problems: ImportProblem[]; rows: number; summary?: ImportSummary };

/** What a write reports back: the leads the file named (created, updated or unchanged), for the import run. */
export type Applied = { leadIds: number[] };

/**
 * An import kind in two phases. `prepare` checks every row and resolves every name with read-only
 * queries, outside any transaction (so the write lock is free meanwhile), and calls `tick` once per
 * row (progress, and a pause now and then so other requests are served). `apply` writes the plan in
 * the import's one transaction with batched statements, audit rows included, and calls `written`
 * with the number of the file's rows written so far after each batch (progress, and a pause so the
 * server answers others between statements).
 */
export type Importer<Plan> = {
  prepare: (context: {
    executor: Executor;
    user: CurrentUser;
    rows: TableRow[];
    map: HeaderMap;
    today: string;
    tick: () => Promise<void>;
  }) => Promise<Prepared<Plan>>;
  apply: (context: { tx: Transaction; user: CurrentUser; plan: Plan; fileName: string; now: Date; written: (rows: number) => Promise<void> }) => Promise<Applied | void>;
};

/** A refusal found only while writing (someone changed a row since the check): the import rolls back. */
export class ImportWriteError extends Error {
  constructor(
    readonly problems: ImportProblem[],
    cause?: unknown,
  ) {
    super("import refused while writing", { cause });
  }
}

/** The text of a column in a row ("" when the column is absent). */
export const cell = (row: TableRow, map: HeaderMap, key: string) => (key in map ? (row.cells[map[key]] ?? "").trim() : "");

/** Slices of at most `size` items, for multi-row statements within the databases' parameter limits. */
export function chunked<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Gives the event loop back for a moment. SQLite runs each statement synchronously on it: between
 * an import's rows and batches the server answers others (their reads use another connection and do
 * not wait for the import's transaction), and progress lines reach the browser.
 */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
