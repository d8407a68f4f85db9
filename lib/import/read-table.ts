// Reads the first sheet of an .xlsx file or a UTF-8 .csv file into header and rows of strings.
// An .xlsx is read as a stream (exceljs WorkbookReader): rows are taken as the zip is inflated,
// never a whole workbook model in memory, and a sheet over the row limit is refused as soon as
// the limit is passed.
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { decodeUtf8, parseCsv } from "./csv";
import { maxImportRows } from "./limits";

export type TableRow = { line: number; cells: string[] };
export type RawTable = { headers: string[]; rows: TableRow[] };
/** The file's bytes, or a stream of them. */
export type TableSource = Uint8Array | ReadableStream<Uint8Array>;

export class UnreadableFileError extends Error {}

const isZip = (data: Uint8Array) => data[0] === 0x50 && data[1] === 0x4b; // "PK": xlsx is a zip

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("text" in value) return String(value.text);
    if ("error" in value) return "";
  }
  return String(value);
}

const tooManyRows = () => new UnreadableFileError(`文件超过 ${maxImportRows} 行，请拆分为多个文件后再导入。`);

async function readXlsx(source: Readable): Promise<TableRow[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(source, {
    sharedStrings: "cache",
    styles: "cache", // dates are told from numbers by their number format
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "emit",
  });
  const records: TableRow[] = [];
  try {
    for await (const sheet of reader) {
      for await (const row of sheet as unknown as AsyncIterable<ExcelJS.Row>) {
        const values = row.values as ExcelJS.CellValue[]; // 1-based
        const cells = Array.isArray(values) ? values.slice(1).map(cellText) : [];
        if (cells.every((c) => c.trim() === "")) continue;
        records.push({ line: row.number, cells });
        if (records.length > maxImportRows + 1) throw tooManyRows();
      }
      break; // the first sheet only
    }
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError("无法读取该 Excel 文件，请确认是 .xlsx 格式。");
  } finally {
    source.destroy();
  }
  return records;
}

async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export async function readTable(data: TableSource, fileName: string): Promise<RawTable> {
  let records: TableRow[];
  let bytes: Uint8Array | null = data instanceof Uint8Array ? data : null;
  let stream = data instanceof Uint8Array ? null : data;
  let head: Uint8Array | null = bytes;
  if (stream && !/\.xlsx$/i.test(fileName)) {
    bytes = await bytesOf(stream);
    head = bytes;
    stream = null;
  }
  if (/\.xlsx$/i.test(fileName) || (head && isZip(head))) {
    const source = bytes ? Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]) : Readable.fromWeb(stream as never);
    records = await readXlsx(source);
  } else {
    const text = decodeUtf8(bytes!);
    if (text === null) {
      throw new UnreadableFileError("文件不是 UTF-8 编码。请在 Excel 中“另存为 → CSV UTF-8（逗号分隔）”后再导入。");
    }
    // Line numbers as a person sees them in Excel: the header is line 1.
    records = parseCsv(text).map((cells, i) => ({ line: i + 1, cells }));
    if (records.length > maxImportRows + 1) throw tooManyRows();
  }
  if (records.length === 0) throw new UnreadableFileError("文件是空的。");
  const [header, ...rest] = records;
  return {
    headers: header.cells.map((h) => h.trim()),
    rows: rest
      .map((row) => ({ line: row.line, cells: row.cells.map((c) => c.trim()) }))
      .filter((row) => row.cells.some((c) => c !== "")),
  };
}
