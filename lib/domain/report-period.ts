// A reporting period from the URL: ?year=2026 (the whole year) or ?from=2026-01&to=2026-07 (a range
// of months, both included). Anything else means the current year. Dates are ISO calendar strings.
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

function lastDayOf(month: string): string {
  const [y, m] = month.split("-").map(Number);
  const day = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, "0")}`;
}

export function yearPeriod(year: number): Period {
  return { from: `${year}-01-01`, to: `${year}-12-31`, kind: "year", year, fromMonth: `${year}-01`, toMonth: `${year}-12` };
}

export function monthPeriod(fromMonth: string, toMonth: string): Period {
  const [a, b] = fromMonth <= toMonth ? [fromMonth, toMonth] : [toMonth, fromMonth];
  return { from: `${a}-01`, to: lastDayOf(b), kind: "months", year: Number(a.slice(0, 4)), fromMonth: a, toMonth: b };
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
