// One code path for every import, from the interface and from the command line: read the file,
// check every row (nothing is written while any row has a problem), then write all rows and the
// audit entry in one transaction.
import { db } from "@/db/client";
import { auditLog } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { toIsoDate } from "@/lib/format";
import { type ImportKind, mapHeaders } from "@/lib/import/columns";
import { readTable, UnreadableFileError } from "@/lib/import/read-table";
import { ImportRowError, leadImporter } from "./leads";
import { reportImporter } from "./reports";
import { tripImporter } from "./trips";
import type { Importer, ImportProblem } from "./types";

const importers: Partial<Record<ImportKind, Importer<unknown>>> = {
  leads: leadImporter as Importer<unknown>,
  trips: tripImporter as Importer<unknown>,
  reports: reportImporter as Importer<unknown>,
};

export const importableKinds = Object.keys(importers) as ImportKind[];

/** Imports change many records at once: the admin's work (group leads enter monthly figures in the grid). */
export function canImport(user: CurrentUser): boolean {
  return user.role === "admin";
}

export type ImportOutcome =
  | { ok: true; committed: boolean; rows: number }
  | { ok: false; rows: number; problems: ImportProblem[] };

export async function importFile(options: {
  kind: ImportKind;
  data: Uint8Array;
  fileName: string;
  user: CurrentUser;
  /** false: check only (the preview); true: check, then write everything or nothing. */
  commit: boolean;
  onProgress?: (done: number, total: number) => void;
  now?: Date;
}): Promise<ImportOutcome> {
  const { kind, user, commit, onProgress } = options;
  const importer = importers[kind];
  if (!importer || !canImport(user)) {
    return { ok: false, rows: 0, problems: [{ line: 0, column: "", message: "您没有导入此类数据的权限" }] };
  }
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

  const today = toIsoDate(options.now ?? new Date());
  const prepared = await importer.prepare(db, user, table.rows, map, today);
  if (prepared.problems.length) {
    const problems = [...prepared.problems].sort((a, b) => a.line - b.line);
    return { ok: false, rows: table.rows.length, problems };
  }
  if (!commit) return { ok: true, committed: false, rows: prepared.items.length };

  const total = prepared.items.length;
  let done = 0;
  try {
    await db.transaction(async (tx) => {
      await importer.apply(tx, user, prepared.items, () => {
        done += 1;
        if (done % 100 === 0 || done === total) onProgress?.(done, total);
      });
      await tx.insert(auditLog).values({
        actorId: user.id,
        action: `import.${kind}`,
        entity: kind,
        details: JSON.stringify({ fileName: options.fileName, rows: total }),
      });
    });
  } catch (error) {
    // A rule that only the write could check (e.g. a lead's stage move): nothing was kept.
    if (error instanceof ImportRowError) return { ok: false, rows: table.rows.length, problems: error.problems };
    throw error;
  }
  return { ok: true, committed: true, rows: total };
}
