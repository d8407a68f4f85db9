// Reads the first sheet of an .xlsx file or a UTF-8 .csv file into header and rows of strings.
import ExcelJS from "exceljs";
import { decodeUtf8, parseCsv } from "./csv";

export type TableRow = { line: number; cells: string[] };
export type RawTable = { headers: string[]; rows: TableRow[] };

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

export async function readTable(data: Uint8Array, fileName: string): Promise<RawTable> {
  let records: TableRow[];
  if (isZip(data) || /\.xlsx$/i.test(fileName)) {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(data as unknown as ArrayBuffer);
    } catch {
      throw new UnreadableFileError("无法读取该 Excel 文件，请确认是 .xlsx 格式。");
    }
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new UnreadableFileError("Excel 文件中没有工作表。");
    records = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const values = row.values as ExcelJS.CellValue[]; // 1-based
      records.push({ line: row.number, cells: values.slice(1).map(cellText) });
    });
  } else {
    const text = decodeUtf8(data);
    if (text === null) {
      throw new UnreadableFileError("文件不是 UTF-8 编码。请在 Excel 中“另存为 → CSV UTF-8（逗号分隔）”后再导入。");
    }
    // Line numbers as a person sees them in Excel: the header is line 1.
    records = parseCsv(text).map((cells, i) => ({ line: i + 1, cells }));
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
