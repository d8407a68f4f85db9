// Reporting periods and calendar months: the one place that knows how a period is read from the URL,
// written back, cut into months and named. Dates are ISO calendar strings ("YYYY-MM-DD", months
// "YYYY-MM"); nothing here reads the clock.
//
// A period from the URL: ?year=2026 (the whole year) or ?from=2026-01&to=2026-07 (a range of months,
// both included). Anything else means the current year.
export type Period = {
  /** First day, YYYY-MM-DD. */
  from: string;
  /** Last day, YYYY-MM-DD (included). */
  to: string;
  /** How the period was given: a year or a range of months. */
  kind: "year" | "months";
  /** The year of `from`. */
  year: number;
  /** YYYY-MM of the first and last month. */
  fromMonth: string;
  toMonth: string;
};

type Params = Record<string, string | string[] | undefined>;

const yearPattern = /^(\d{4})$/;
const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

const firstValue = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
const pad = (n: number) => String(n).padStart(2, "0");
const yearAndMonth = (month: string) => month.split("-").slice(0, 2).map(Number) as [number, number];

/** The last day (YYYY-MM-DD) of the month of "YYYY-MM" or of any "YYYY-MM-DD" in it. */
export function lastDayOfMonth(month: string): string {
  const [y, m] = yearAndMonth(month);
  return `${y}-${pad(m)}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
}

/** The month (YYYY-MM) before the month of "YYYY-MM" or of any "YYYY-MM-DD" in it. */
export function previousMonth(month: string): string {
  const [y, m] = yearAndMonth(month);
  return m === 1 ? `${y - 1}-12` : `${y}-${pad(m - 1)}`;
}

/** The months of the period as "YYYY-MM", in order (across a new year too). */
export function monthsOf(period: Pick<Period, "fromMonth" | "toMonth">): string[] {
  const out: string[] = [];
  let [y, m] = yearAndMonth(period.fromMonth);
  for (;;) {
    const month = `${y}-${pad(m)}`;
    out.push(month);
    if (month >= period.toMonth) break;
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

export function yearPeriod(year: number): Period {
  return { from: `${year}-01-01`, to: `${year}-12-31`, kind: "year", year, fromMonth: `${year}-01`, toMonth: `${year}-12` };
}

export function monthPeriod(fromMonth: string, toMonth: string): Period {
  const [a, b] = fromMonth <= toMonth ? [fromMonth, toMonth] : [toMonth, fromMonth];
  return { from: `${a}-01`, to: lastDayOfMonth(b), kind: "months", year: Number(a.slice(0, 4)), fromMonth: a, toMonth: b };
}

/** From January to the month of `today` (YYYY-MM-DD): the period the report pages open on. */
export function yearToDate(today: string): Period {
  return monthPeriod(`${today.slice(0, 4)}-01`, today.slice(0, 7));
}

const plausibleYear = (y: number) => y >= 2000 && y <= 2100;

/** Reads the period from search params; `today` (YYYY-MM-DD) gives the default year. */
export function periodFromParams(params: Params, today: string): Period {
  const from = monthPattern.exec(firstValue(params.from));
  const to = monthPattern.exec(firstValue(params.to));
  if (from && to && plausibleYear(Number(from[1])) && plausibleYear(Number(to[1]))) return monthPeriod(from[0], to[0]);
  const year = yearPattern.exec(firstValue(params.year));
  if (year && plausibleYear(Number(year[1]))) return yearPeriod(Number(year[1]));
  return yearPeriod(Number(today.slice(0, 4)));
}

/** The search params that give this period back. */
export function periodParams(period: Period): Record<string, string> {
  return period.kind === "year" ? { year: String(period.year) } : { from: period.fromMonth, to: period.toMonth };
}

/**
 * How a period is named, in parts, for every label (the report's Chinese text and the interface's
 * translated one): a whole year, months of one year, or months across a new year.
 */
export type PeriodName =
  | { kind: "year"; year: number }
  | { kind: "months"; year: number; from: number; to: number }
  | { kind: "span"; fromYear: number; from: number; toYear: number; to: number };

export function periodName(period: Period): PeriodName {
  if (period.kind === "year") return { kind: "year", year: period.year };
  const [fromYear, from] = yearAndMonth(period.fromMonth);
  const [toYear, to] = yearAndMonth(period.toMonth);
  return fromYear === toYear ? { kind: "months", year: fromYear, from, to } : { kind: "span", fromYear, from, toYear, to };
}

/** "1-7月", "7月", "2026年" or "2025年11月至2026年2月": how the report document names a period. */
export function periodLabel(period: Period): string {
  const name = periodName(period);
  if (name.kind === "year") return `${name.year}年`;
  if (name.kind === "span") return `${name.fromYear}年${name.from}月至${name.toYear}年${name.to}月`;
  return name.from === name.to ? `${name.to}月` : `${name.from}-${name.to}月`;
}

/** The label with its year always named, for titles and file names: "2026年1-7月", "2026年". */
export function periodTitle(period: Period): string {
  return periodName(period).kind === "months" ? `${period.year}年${periodLabel(period)}` : periodLabel(period);
}

/** The period the URL names (?year= or ?from=&to=), else January to the month of `today`: how the report pages open. */
export function periodOrYearToDate(params: Params, today: string): Period {
  return params.year || (params.from && params.to) ? periodFromParams(params, today) : yearToDate(today);
}
