// npx tsx scripts/measure-xlsx-memory.ts [MB]
// Writes an .xlsx of about MB megabytes (default 10) of lead rows, then reads it as the import does
// (readTable, a stream) and prints the peak resident memory of this process while reading, and
// whether the file was read or refused (over the row limit). Prints figures; asserts nothing.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { readTable, UnreadableFileError } from "../lib/import/read-table";

async function main() {
  const megabytes = Number(process.argv[2] ?? 10);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zs-xlsx-"));
  const file = path.join(dir, "big.xlsx");
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
  const sheet = writer.addWorksheet("项目");
  sheet.addRow(["外部编号", "项目名称", "企业名称", "工作组", "来源", "阶段", "计划投资(万元)"]).commit();
  let rows = 0;
  // Check the size now and then (the zip is written as it goes).
  // About 54 bytes of zip per row of this shape.
  const wanted = Math.round((megabytes * 1024 * 1024) / 54);
  for (; rows < wanted; rows++) {
    sheet.addRow([`M-${rows}`, `内存测试项目-${rows}-${Math.random().toString(36)}`, `内存测试企业-${rows}有限公司`, "电子信息产业推进工作组", "一把手招商", "接触", 1000 + (rows % 97)]).commit();
  }
  sheet.commit();
  await writer.commit();
  const size = fs.statSync(file).size;
  // Read in a fresh process, so the memory figures are the reader's alone.
  const { execFileSync } = await import("node:child_process");
  process.stdout.write(execFileSync(process.execPath, [...process.execArgv, process.argv[1], "--read", file, String(rows), String(size)], { encoding: "utf8" }));
  fs.rmSync(dir, { recursive: true, force: true });
}

async function readOnly(file: string, rows: number, size: number) {
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const started = performance.now();
  let outcome: string;
  try {
    const table = await readTable(Readable.toWeb(fs.createReadStream(file)) as ReadableStream<Uint8Array>, "big.xlsx");
    outcome = `read ${table.rows.length} rows`;
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    outcome = `refused: ${error.message}`;
  }
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
  console.log(`xlsx ${mb(size)} (${rows} rows written) · ${outcome} in ${(performance.now() - started).toFixed(0)} ms`);
  console.log(`resident memory: before ${mb(before)}, peak while reading ${mb(peak)} (+${mb(peak - before)})`);
}

const readArg = process.argv.indexOf("--read");
(readArg > -1 ? readOnly(process.argv[readArg + 1], Number(process.argv[readArg + 2]), Number(process.argv[readArg + 3])) : main()).catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
