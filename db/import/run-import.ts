// One code path for every import, from the interface and from the command line:
//  1. read the file (xlsx as a stream, CSV) and map its headers;
//  2. check every row and resolve every name with read-only queries: no transaction, no write lock,
//     a pause every few milliseconds so the server keeps answering others, progress as it goes;
//  3. if no row has a problem, write the plan in ONE short transaction with multi-row statements,
//     every change with its audit row (as from the forms) plus one row for the file.
// All or nothing: a problem anywhere (or a process killed mid-write) leaves the database unchanged.
import { db } from "@/db/client";
import { refreshPlannerStatistics } from "@/db/sql-fragments";
import { auditLog } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { canImport } from "@/lib/auth/policy";
import { toIsoDate } from "@/lib/format";
import { type ImportKind, mapHeaders } from "@/lib/import/columns";
import { readTable, UnreadableFileError, type TableSource } from "@/lib/import/read-table";
import { isExampleRow } from "@/lib/import/template";
import { leadImporter } from "./leads";
import { reportImporter } from "./reports";
import { tripImporter } from "./trips";
import { type Applied, type Importer, type ImportProblem, type ImportSummary, ImportWriteError, yieldToEventLoop } from "./types";

const importers: Partial<Record<ImportKind, Importer<unknown>>> = {
  leads: leadImporter as Importer<unknown>,
  trips: tripImporter as Importer<unknown>,
  reports: reportImporter as Importer<unknown>,
};

/** From this many rows an import refreshes the planner's statistics after it commits. */
const bulkRows = 1_000;

export const importableKinds = Object.keys(importers) as ImportKind[];


export type ImportOutcome =
  | {
      ok: true;
      committed: boolean;
      rows: number;
      /** Leads: what the file creates and changes (checked) or created and changed (imported). */
      summary?: ImportSummary;
      /** The import run (its audit row): the leads table lists exactly its leads with ?import=<id>. */
      importId?: number;
    }
  | { ok: false; rows: number; problems: ImportProblem[] };

export type ImportPhase = "read" | "check" | "write";

/** Timings of the last phases, for the benchmark (milliseconds). */
export type ImportTimings = { read: number; check: number; write: number };

export async function importFile(options: {
  kind: ImportKind;
  /** The file's bytes, or a stream of them (read as it arrives for xlsx). */
  data: TableSource;
  fileName: string;
  user: CurrentUser;
  /** false: check only (the preview); true: check, then write everything or nothing. */
  commit: boolean;
  onProgress?: (done: number, total: number, phase: ImportPhase) => void;
  onTimings?: (timings: ImportTimings) => void;
  now?: Date;
}): Promise<ImportOutcome> {
  const { kind, user, commit, onProgress } = options;
  const importer = importers[kind];
  if (!importer || !canImport(user)) {
    return { ok: false, rows: 0, problems: [{ line: 0, column: "", message: "您没有导入此类数据的权限" }] };
  }
  const started = performance.now();
  let table;
  try {
    table = await readTable(options.data, options.fileName);
  } catch (error) {
    if (error instanceof UnreadableFileError) return { ok: false, rows: 0, problems: [{ line: 0, column: "", message: error.message }] };
    throw error;
  }
  const { map, missing, duplicated } = mapHeaders(kind, table.headers);
  const headerProblems: ImportProblem[] = [
    ...missing.map((column) => ({ line: 1, column, message: "缺少此列" })),
    ...duplicated.map((column) => ({ line: 1, column, message: "此列出现了两次" })),
  ];
  if (headerProblems.length) return { ok: false, rows: table.rows.length, problems: headerProblems };
  if (table.rows.length === 0) return { ok: false, rows: 0, problems: [{ line: 2, column: "", message: "文件中没有数据行" }] };
  const read = performance.now();

  const now = options.now ?? new Date();
  const total = table.rows.length;
  let checked = 0;
  let lastPause = performance.now();
  onProgress?.(0, total, "check");
  // Called once per row: every ~20 ms the check gives the event loop back (other requests, and the
  // progress line just written reaches the browser).
  const tick = async () => {
    checked += 1;
    if (performance.now() - lastPause < 20) return;
    onProgress?.(checked, total, "check");
    await yieldToEventLoop();
    lastPause = performance.now();
  };
  // The template's example row left in the file is refused, not imported as a real record.
  const examples = table.rows.filter((row) => isExampleRow(row.cells));
  const exampleProblems: ImportProblem[] = examples.map((row) => ({ line: row.line, column: "", message: "这是模板中的示例行，请删除或改成真实数据后再导入" }));
  const rows = examples.length ? table.rows.filter((row) => !isExampleRow(row.cells)) : table.rows;
  const prepared = await importer.prepare({ executor: db, user, rows, map, today: toIsoDate(now), tick });
  onProgress?.(total, total, "check");
  const check = performance.now();
  if (prepared.problems.length || exampleProblems.length) {
    const problems = [...exampleProblems, ...prepared.problems].sort((a, b) => a.line - b.line);
    return { ok: false, rows: total, problems };
  }
  const summary = prepared.summary;
  if (!commit) {
    options.onTimings?.({ read: read - started, check: check - read, write: 0 });
    return { ok: true, committed: false, rows: prepared.rows, ...(summary ? { summary } : {}) };
  }

  onProgress?.(0, prepared.rows, "write");
  /** The import run's id, when it lists the leads it named (a leads import). */
  let importId: number | undefined;
  try {
    importId = await db.transaction(async (tx) => {
      const written = async (rows: number) => {
        onProgress?.(rows, prepared.rows, "write");
        await yieldToEventLoop();
      };
      const applied: Applied | void = await importer.apply({ tx, user, plan: prepared.plan, fileName: options.fileName, now, written });
      // The import run: the file, what it did and (leads) the ids of every lead it named, which
      // the leads table's ?import=<id> lists (within the viewer's scope).
      const [run] = await tx
        .insert(auditLog)
        .values({
          actorId: user.id,
          action: `import.${kind}`,
          entity: kind,
          details: JSON.stringify({ fileName: options.fileName, rows: prepared.rows, ...summary, ...(applied ? { leadIds: applied.leadIds } : {}) }),
          createdAt: now,
        })
        .returning({ id: auditLog.id });
      return applied ? run.id : undefined;
    });
  } catch (error) {
    // A rule that only the write could check (someone changed a row since the check): nothing was kept.
    if (error instanceof ImportWriteError) return { ok: false, rows: total, problems: error.problems };
    throw error;
  }
  // A bulk load moves the planner's statistics; a few rows do not.
  if (prepared.rows >= bulkRows) await refreshPlannerStatistics(db);
  onProgress?.(prepared.rows, prepared.rows, "write");
  options.onTimings?.({ read: read - started, check: check - read, write: performance.now() - check });
  return { ok: true, committed: true, rows: prepared.rows, ...(summary ? { summary } : {}), ...(importId === undefined ? {} : { importId }) };
}
