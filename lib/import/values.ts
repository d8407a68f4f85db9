// Cell values of an import file, turned into what the database stores, or a message in Chinese
// saying what is wrong with the cell.
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (message: string): Parsed<never> => ({ ok: false, message });

function validIso(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

// Excel stores a date as days since 1899-12-30 (its 1900 leap-year bug folded in).
const excelEpoch = Date.UTC(1899, 11, 30);

/** 2026-07-01, 2026/7/1, 2026.7.1, 2026年7月1日, or an Excel date serial (e.g. 46204). Empty → null. */
export function parseDate(raw: string): Parsed<string | null> {
  const text = raw.trim();
  if (!text) return ok(null);
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text);
  if (match) {
    const iso = validIso(Number(match[1]), Number(match[2]), Number(match[3]));
    return iso ? ok(iso) : bad(`日期“${text}”不存在`);
  }
  if (/^\d{5}(\.0+)?$/.test(text)) {
    const date = new Date(excelEpoch + Math.floor(Number(text)) * 86_400_000);
    const year = date.getUTCFullYear();
    if (year >= 1990 && year <= 2100) return ok(date.toISOString().slice(0, 10));
  }
  return bad(`日期“${text}”格式不对，应为 年-月-日（如 2026-07-01）`);
}

/** 2026-07, 2026/7, 2026年7月 → first day of the month "2026-07-01". */
export function parseMonth(raw: string): Parsed<string | null> {
  const text = raw.trim();
  if (!text) return ok(null);
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(text);
  if (match && Number(match[2]) >= 1 && Number(match[2]) <= 12) {
    return ok(`${match[1]}-${match[2].padStart(2, "0")}-01`);
  }
  const asDate = parseDate(text);
  if (asDate.ok && asDate.value) return ok(`${asDate.value.slice(0, 7)}-01`);
  return bad(`月份“${text}”格式不对，应为 年-月（如 2026-07）`);
}

/** An amount in integer 万元: "12,345" and "12345.0" are accepted; fractions, negatives and text are not. */
export function parseWan(raw: string): Parsed<number | null> {
  const text = raw.trim().replace(/[,，\s]/g, "");
  if (!text) return ok(null);
  if (!/^-?\d+(\.\d+)?$/.test(text)) return bad(`金额“${raw.trim()}”不是数字`);
  const value = Number(text);
  if (!Number.isInteger(value)) return bad(`金额“${raw.trim()}”须为整数（单位：万元）`);
  if (value < 0) return bad(`金额“${raw.trim()}”不能为负数`);
  if (value > 100_000_000) return bad(`金额“${raw.trim()}”过大`);
  return ok(value);
}

/** A code ("signed") or its Chinese label ("签约"), case- and width-insensitive. */
export function parseCode<C extends string>(raw: string, labels: Record<C, string>, what: string): Parsed<C | null> {
  const text = raw.trim();
  if (!text) return ok(null);
  const plain = (s: string) => s.toLowerCase().replace(/（/g, "(").replace(/）/g, ")").replace(/\s+/g, "");
  for (const [code, label] of Object.entries(labels) as [C, string][]) {
    if (plain(code) === plain(text) || plain(label) === plain(text)) return ok(code);
  }
  return bad(`${what}“${text}”无法识别，可填：${Object.values(labels).join("、")}`);
}
