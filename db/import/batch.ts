// Multi-row INSERTs for the import's write transaction, fast to send: the statement for a chunk of
// rows is built and prepared once (placeholders for the columns that vary per row, the shared
// values written in), then run for every chunk. Building a 300-row INSERT with drizzle costs tens of
// milliseconds; doing it once instead of per chunk keeps the write lock short.
import { sql, type Column, type Table } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { yieldToEventLoop } from "./types";

type Row = Record<string, unknown>;
type Prepared = { execute: (values: Record<string, unknown>) => Promise<unknown> };

/**
 * Inserts `rows` (only their `varying` keys are read; plain text, numbers or null) with `shared`
 * values in every row, `size` rows per statement. Returns the `returning` columns of every row, in
 * the order the database gave them (sort by id to match them with the rows given).
 */
export async function insertRows<R extends Record<string, Column> | undefined = undefined>(
  tx: Transaction,
  table: Table,
  options: { shared: Row; varying: readonly string[]; rows: readonly Row[]; size: number; returning?: R; afterChunk?: (rowsDone: number) => Promise<void> },
): Promise<Row[]> {
  const { shared, varying, rows, size, returning, afterChunk } = options;
  const statements = new Map<number, Prepared>();
  const statement = (n: number): Prepared => {
    let prepared = statements.get(n);
    if (!prepared) {
      const template = Array.from({ length: n }, (_, i) => ({ ...shared, ...Object.fromEntries(varying.map((key) => [key, sql.placeholder(`${key}_${i}`)])) }));
      // The table is generic here; drizzle checks the columns when it builds the statement.
      const insert = (tx.insert(table as never) as unknown as { values: (v: unknown) => { returning: (r: unknown) => { prepare: () => Prepared }; prepare: () => Prepared } }).values(template);
      prepared = returning ? insert.returning(returning).prepare() : insert.prepare();
      statements.set(n, prepared);
    }
    return prepared;
  };
  const out: Row[] = [];
  for (let start = 0; start < rows.length; start += size) {
    const chunk = rows.slice(start, start + size);
    const values: Record<string, unknown> = {};
    chunk.forEach((row, i) => {
      for (const key of varying) values[`${key}_${i}`] = row[key] ?? null;
    });
    const result = await statement(chunk.length).execute(values);
    if (returning && Array.isArray(result)) out.push(...(result as Row[]));
    await (afterChunk ? afterChunk(start + chunk.length) : yieldToEventLoop());
  }
  return out;
}
