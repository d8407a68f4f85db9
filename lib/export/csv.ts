// CSV as Excel on a Chinese Windows opens it correctly: UTF-8 with a byte-order mark (without it
// Excel reads the bytes as GBK and the Chinese turns to mojibake), CRLF line ends, fields quoted
// when they hold a comma, quote or line break.
export const utf8Bom = "\uFEFF";

/** Characters that make a spreadsheet program read a cell as a formula. */
export const formulaStart = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export type CsvValue = string | number | null | undefined;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  // A leading =, +, - or @ (or their full-width forms ＝ ＋ － ＠, which spreadsheet programs
  // on a Chinese system read the same way), a tab or a carriage return would be run as a formula.
  const safe = typeof value === "string" && formulaStart.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(values: CsvValue[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}

export function toCsv(headers: string[], rows: CsvValue[][]): string {
  return utf8Bom + csvLine(headers) + rows.map(csvLine).join("");
}

/** Content-Disposition with a Chinese file name (RFC 6266/5987) and a plain fallback. */
export function attachment(fileName: string, asciiFallback: string): string {
  return `attachment; filename="${asciiFallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
